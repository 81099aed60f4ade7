import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/permissions';
import { documentFromText, plainTextOf, type RecapDocument } from '@/lib/recaps/document';
import { textDiff } from '@/lib/recaps/history';
import { restoreRevision } from '@/lib/recaps/restore';
import { saveDraft } from '@/lib/recaps/save-draft';
import { changeStatus } from '@/lib/recaps/workflow';
import { createUser } from '@/lib/users/create-user';
import { freshDatabase, type TestDatabase } from '../../helpers/database';

let database: TestDatabase;
let chris: SessionUser;
let nils: SessionUser;
let episodeId: number;

beforeAll(async () => {
  database = await freshDatabase();
  const show = await database.db.show.create({ data: { slug: 'satc', title: 'Sex and the City' } });
  const season = await database.db.season.create({ data: { showId: show.id, number: 1 } });
  episodeId = (await database.db.episode.create({ data: { showId: show.id, seasonId: season.id, number: 1, title: 'Pilot', slug: 's01e01-pilot' } })).id;
  chris = await createUser(database.db, { email: 'chris@example.org', name: 'Chris', password: 'ein-langes-passwort', role: 'HOST' });
  nils = await createUser(database.db, { email: 'nils@example.org', name: 'Nils', password: 'ein-langes-passwort', role: 'HOST' });
});

afterAll(async () => {
  await database?.cleanup();
});

const revisions = () => database.db.recapRevision.findMany({ orderBy: { id: 'asc' } });

describe('saving recaps', () => {
  it('creates the recap on the first save and refuses a save based on an old version, keeping both texts', async () => {
    const first = await saveDraft(database.db, { episodeId, baseVersion: 0, doc: documentFromText('Carrie trifft Big.'), user: chris });
    expect(first).toMatchObject({ status: 'saved', version: 1 });

    // Nils saves on top of version 1 …
    const nilsSave = await saveDraft(database.db, { episodeId, baseVersion: 1, doc: documentFromText('Carrie trifft Mr. Big im Taxi.'), user: nils });
    expect(nilsSave).toMatchObject({ status: 'saved', version: 2 });

    // … while Chris still edits version 1: refused, shown Nils' text, and Chris' text is kept.
    const stale = await saveDraft(database.db, { episodeId, baseVersion: 1, doc: documentFromText('Carrie trifft Big auf der Party.'), user: chris });
    expect(stale.status).toBe('conflict');
    if (stale.status !== 'conflict') throw new Error('Konflikt erwartet');
    expect(plainTextOf(stale.current.body as RecapDocument)).toBe('Carrie trifft Mr. Big im Taxi.');
    expect(stale.current.updatedBy).toBe('Nils');

    const recap = await database.db.recap.findUniqueOrThrow({ where: { episodeId } });
    expect(recap.plainText).toBe('Carrie trifft Mr. Big im Taxi.');
    const texts = (await revisions()).map((revision) => revision.plainText);
    expect(texts).toContain('Carrie trifft Big auf der Party.');
    expect(texts).toContain('Carrie trifft Mr. Big im Taxi.');

    // Keeping mine after seeing the conflict: save again on top of the current version.
    const keep = await saveDraft(database.db, { episodeId, baseVersion: 2, doc: documentFromText('Carrie trifft Big auf der Party.'), user: chris });
    expect(keep).toMatchObject({ status: 'saved', version: 3 });
  });

  it('takes a save of exactly the stored text as saved whatever version it names: no conflict, no revision', async () => {
    const recap = await database.db.recap.findUniqueOrThrow({ where: { episodeId } });
    const before = (await revisions()).length;
    const again = await saveDraft(database.db, { episodeId, baseVersion: recap.version - 1, doc: recap.body as RecapDocument, user: chris });
    expect(again).toMatchObject({ status: 'saved', version: recap.version });
    expect((await revisions()).length).toBe(before);
    expect((await database.db.recap.findUniqueOrThrow({ where: { episodeId } })).version).toBe(recap.version);
  });

  it('coalesces one author’s autosaves into one revision, but not another author’s or a status change', async () => {
    const before = (await revisions()).length;
    let version = (await database.db.recap.findUniqueOrThrow({ where: { episodeId } })).version;
    for (const text of ['Eins.', 'Eins, zwei.', 'Eins, zwei, drei.']) {
      const saved = await saveDraft(database.db, { episodeId, baseVersion: version, doc: documentFromText(text), user: nils });
      if (saved.status !== 'saved') throw new Error('gespeichert erwartet');
      version = saved.version;
    }
    expect((await revisions()).length).toBe(before + 1);
    await changeStatus(database.db, episodeId, { to: 'IN_REVIEW' }, nils, 'lokal');
    expect((await revisions()).length).toBe(before + 2);
  });

  it('restores an old revision as a new revision and shows a readable diff', async () => {
    const [oldest] = await revisions();
    if (!oldest) throw new Error('Revision erwartet');
    const restored = await restoreRevision(database.db, { episodeId, revisionId: oldest.id, user: chris });
    const recap = await database.db.recap.findUniqueOrThrow({ where: { episodeId } });
    expect(recap.plainText).toBe('Carrie trifft Big.');
    expect(recap.version).toBe(restored.version);
    const last = (await revisions()).at(-1);
    expect(last?.author).toBe(`Chris (wiederhergestellt aus Version ${oldest.version})`);

    const parts = textDiff('Carrie trifft Big.', 'Carrie trifft Mr. Big im Taxi.');
    expect(parts.filter((part) => part.kind === 'added').map((part) => part.text.trim())).toEqual(['Mr.', 'im Taxi']);
  });

  it('publishes for a later time: the recap is scheduled, not public yet', async () => {
    const later = new Date(Date.now() + 3_600_000);
    const result = await changeStatus(database.db, episodeId, { to: 'PUBLISHED', publishAt: later }, chris, 'lokal');
    expect(result.status).toBe('PUBLISHED');
    expect(result.publishedAt?.getTime()).toBe(later.getTime());
    const { publicRecapWhere } = await import('@/lib/recaps/visibility');
    expect(await database.db.recap.count({ where: { episodeId, ...publicRecapWhere() } })).toBe(0);
    expect(await database.db.recap.count({ where: { episodeId, ...publicRecapWhere(new Date(later.getTime() + 1)) } })).toBe(1);
  });

  it('keeps a hand-written excerpt through autosaves', async () => {
    const recap = await database.db.recap.update({ where: { episodeId }, data: { excerpt: 'Von Hand.', excerptManual: true } });
    const saved = await saveDraft(database.db, { episodeId, baseVersion: recap.version, doc: documentFromText('Ganz neuer Text.'), user: chris });
    expect(saved.status).toBe('saved');
    expect((await database.db.recap.findUniqueOrThrow({ where: { episodeId } })).excerpt).toBe('Von Hand.');
  });

  it('a guest may not change a published recap', async () => {
    const guest = await createUser(database.db, { email: 'gast@example.org', name: 'Gast', password: 'ein-langes-passwort', role: 'GUEST' });
    const version = (await database.db.recap.findUniqueOrThrow({ where: { episodeId } })).version;
    await expect(saveDraft(database.db, { episodeId, baseVersion: version, doc: documentFromText('Spoiler!'), user: guest })).rejects.toThrow(
      'ändern können es nur Chris und Nils',
    );
  });
});
