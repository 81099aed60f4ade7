import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAs } from '@/lib/auth/session';
import { useDb } from '@/lib/db/client';
import { documentFromText, storedBody } from '@/lib/recaps/document';
import { addTag, confirmTag, removeTag } from '@/lib/tags/actions';
import type { TestDatabase } from '@/tests/helpers/database';
import { studioDatabase } from '@/tests/helpers/studio';

let database: TestDatabase;
let hostId = 0;
let guestId = 0;
let episodeId = 0;
let recapId = 0;
let carrie = 0;
let miranda = 0;
let storylineId = 0;

beforeAll(async () => {
  ({ database, hostId, guestId } = await studioDatabase());
  useDb(database.db, database.url);
  const episode = await database.db.episode.findFirstOrThrow({ where: { recap: null }, orderBy: { id: 'asc' } });
  episodeId = episode.id;
  const recap = await database.db.recap.create({
    data: { episodeId, body: storedBody(documentFromText('Carrie und Miranda.')), plainText: 'Carrie und Miranda.', excerpt: 'Carrie und Miranda.' },
  });
  recapId = recap.id;
  const [first, second] = await database.db.character.findMany({ orderBy: { id: 'asc' }, take: 2 });
  carrie = first?.id ?? 0;
  miranda = second?.id ?? 0;
  storylineId = (await database.db.storyline.findFirstOrThrow({ orderBy: { id: 'asc' } })).id;
  await database.db.recapCharacter.createMany({
    data: [
      { recapId, characterId: carrie, source: 'SUGGESTED' },
      { recapId, characterId: miranda, source: 'SUGGESTED' },
    ],
  });
  await database.db.episodeAccess.create({ data: { userId: guestId, episodeId } });
});

afterAll(async () => {
  await database?.cleanup();
});

const asHost = <T>(work: () => Promise<T>) => runAs(hostId, work);
const characterTag = (characterId: number) =>
  database.db.recapCharacter.findUnique({ where: { recapId_characterId: { recapId, characterId } } });

describe('tag review', () => {
  it('confirming a suggestion makes it a manual tag', async () => {
    expect(await asHost(() => confirmTag({ episodeId, kind: 'character', tagId: carrie }))).toEqual({ ok: true, data: null });
    expect((await characterTag(carrie))?.source).toBe('MANUAL');
  });

  it('rejecting a suggestion deletes the tag; doing it twice says it is gone', async () => {
    expect(await asHost(() => removeTag({ episodeId, kind: 'character', tagId: miranda }))).toMatchObject({ ok: true });
    expect(await characterTag(miranda)).toBeNull();
    expect(await asHost(() => removeTag({ episodeId, kind: 'character', tagId: miranda }))).toMatchObject({
      ok: false,
      error: 'Dieses Schlagwort gibt es nicht (mehr).',
    });
  });

  it('adds a storyline by hand as a manual tag, and adding a suggested one confirms it', async () => {
    expect(await asHost(() => addTag({ episodeId, kind: 'storyline', tagId: storylineId }))).toMatchObject({ ok: true });
    const tag = await database.db.recapStoryline.findUnique({ where: { recapId_storylineId: { recapId, storylineId } } });
    expect(tag?.source).toBe('MANUAL');
    await database.db.recapCharacter.create({ data: { recapId, characterId: miranda, source: 'SUGGESTED' } });
    expect(await asHost(() => addTag({ episodeId, kind: 'character', tagId: miranda }))).toMatchObject({ ok: true });
    expect((await characterTag(miranda))?.source).toBe('MANUAL');
  });

  it('refuses unknown characters and a guest of the episode', async () => {
    expect(await asHost(() => addTag({ episodeId, kind: 'character', tagId: 999_999 }))).toMatchObject({
      ok: false,
      error: 'Diese Figur gibt es nicht (mehr).',
    });
    expect(await runAs(guestId, () => removeTag({ episodeId, kind: 'character', tagId: carrie }))).toMatchObject({
      ok: false,
      error: 'Dafür fehlt dir die Berechtigung.',
    });
    expect(await characterTag(carrie)).not.toBeNull();
  });
});
