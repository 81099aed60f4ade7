import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAs } from '@/lib/auth/session';
import { useDb } from '@/lib/db/client';
import { createCharacter, updateCharacter } from '@/lib/characters/actions';
import { createStoryline, updateStoryline } from '@/lib/storylines/actions';
import type { TestDatabase } from '@/tests/helpers/database';
import { studioDatabase } from '@/tests/helpers/studio';

let database: TestDatabase;
let hostId = 0;

beforeAll(async () => {
  ({ database, hostId } = await studioDatabase());
  useDb(database.db, database.url);
});

afterAll(async () => {
  await database?.cleanup();
});

const asHost = <T>(work: () => Promise<T>) => runAs(hostId, work);

describe('characters', () => {
  it('parses comma-separated aliases into a trimmed, de-duplicated list and derives the slug', async () => {
    const result = await asHost(() =>
      createCharacter({ name: 'Aleksandr Petrovsky', shortName: 'Petrovsky', aliases: ' Der Russe, Sasha ,, der russe ', description: '', kind: 'RECURRING' }),
    );
    expect(result).toMatchObject({ ok: true });
    const stored = await database.db.character.findUniqueOrThrow({ where: { slug: 'aleksandr-petrovsky' } });
    expect(stored.aliases).toEqual(['Der Russe', 'Sasha']);
    expect(stored.description).toBeNull();
    expect(stored.kind).toBe('RECURRING');
  });

  it('refuses a name whose slug is taken with a German message on the name field', async () => {
    const existing = await database.db.character.findFirstOrThrow({ orderBy: { id: 'asc' } });
    // Same letters, different punctuation and case: same slug.
    const clash = `${existing.name.toUpperCase()}!`;
    const result = await asHost(() => createCharacter({ name: clash, shortName: 'X', aliases: '', description: '', kind: 'GUEST' }));
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('Es gibt schon eine Figur') });
    expect(result.ok ? null : result.fieldErrors?.name).toEqual(['Dieser Name ist schon vergeben.']);
  });

  it('refuses too many or too long aliases with German messages', async () => {
    const long = await asHost(() => createCharacter({ name: 'Lang', shortName: 'Lang', aliases: 'x'.repeat(61), description: '', kind: 'GUEST' }));
    expect(long).toMatchObject({ ok: false, error: 'Ein Alias darf höchstens 60 Zeichen haben.' });
  });

  it('keeps the slug when a character is renamed and still refuses a rename onto another name', async () => {
    const [first, second] = await database.db.character.findMany({ orderBy: { id: 'asc' }, take: 2 });
    if (!first || !second) throw new Error('Seed ohne Figuren');
    const renamed = await asHost(() =>
      updateCharacter({ characterId: first.id, name: `${first.name} (neu)`, shortName: first.shortName, aliases: ['A', 'B'], description: 'Text', kind: first.kind }),
    );
    expect(renamed).toMatchObject({ ok: true, data: { slug: first.slug } });
    const onto = await asHost(() =>
      updateCharacter({ characterId: first.id, name: second.name, shortName: first.shortName, aliases: '', description: '', kind: first.kind }),
    );
    expect(onto).toMatchObject({ ok: false, error: expect.stringContaining('Es gibt schon eine Figur') });
  });
});

describe('storylines', () => {
  it('creates a storyline with its characters and replaces them on update', async () => {
    const characters = await database.db.character.findMany({ orderBy: { id: 'asc' }, take: 3 });
    const ids = characters.map((character) => character.id);
    const created = await asHost(() => createStoryline({ title: 'Carries Kolumne & die Liebe', description: '', characterIds: ids.slice(0, 2).map(String) }));
    if (!created.ok) throw new Error(created.error);
    expect(created.data.slug).toBe('carries-kolumne-und-die-liebe');
    const updated = await asHost(() => updateStoryline({ storylineId: created.data.id, title: 'Carries Kolumne & die Liebe', description: 'x', characterIds: ids.slice(2) }));
    expect(updated).toMatchObject({ ok: true });
    const links = await database.db.storylineCharacter.findMany({ where: { storylineId: created.data.id } });
    expect(links.map((link) => link.characterId)).toEqual(ids.slice(2));
  });

  it('refuses a duplicate title and unknown characters with German messages', async () => {
    const existing = await database.db.storyline.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const duplicate = await asHost(() => createStoryline({ title: existing.title, description: '', characterIds: [] }));
    expect(duplicate).toMatchObject({ ok: false, error: expect.stringContaining('Es gibt schon einen Handlungsstrang') });
    const unknown = await asHost(() => createStoryline({ title: 'Ganz neu', description: '', characterIds: [999_999] }));
    expect(unknown).toMatchObject({ ok: false, error: 'Mindestens eine der Figuren gibt es nicht (mehr).' });
  });
});
