import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAs } from '@/lib/auth/session';
import { useDb } from '@/lib/db/client';
import { assignInboxRecap, deleteInboxRecap } from '@/lib/inbox/actions';
import { documentFromText, storedBody } from '@/lib/recaps/document';
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

async function inboxRecap(text: string) {
  return database.db.recap.create({ data: { body: storedBody(documentFromText(text)), plainText: text, excerpt: text, importNote: 'Zweite Fassung' } });
}

const freeEpisodes = () => database.db.episode.findMany({ where: { recap: null }, orderBy: { id: 'asc' }, take: 2 });

describe('inbox', () => {
  it('assigns an inbox recap to a free episode and records who did it', async () => {
    const recap = await inboxRecap('Eine Fassung ohne Folge.');
    const [episode] = await freeEpisodes();
    if (!episode) throw new Error('Keine freie Folge');
    const result = await runAs(hostId, () => assignInboxRecap({ recapId: recap.id, episodeId: episode.id }));
    expect(result).toEqual({ ok: true, data: { episodeId: episode.id } });
    expect((await database.db.recap.findUniqueOrThrow({ where: { id: recap.id } })).episodeId).toBe(episode.id);
    const audit = await database.db.auditEvent.findFirstOrThrow({ where: { action: 'recap.assigned', targetId: String(recap.id) } });
    expect(audit).toMatchObject({ actorId: hostId, details: expect.objectContaining({ episodeId: episode.id }) });
  });

  it('refuses an episode that got a recap meanwhile, and leaves the inbox recap where it was', async () => {
    const first = await inboxRecap('Erste Fassung.');
    const second = await inboxRecap('Zweite Fassung.');
    const [episode] = await freeEpisodes();
    if (!episode) throw new Error('Keine freie Folge');
    expect(await runAs(hostId, () => assignInboxRecap({ recapId: first.id, episodeId: episode.id }))).toMatchObject({ ok: true });
    const again = await runAs(hostId, () => assignInboxRecap({ recapId: second.id, episodeId: episode.id }));
    expect(again).toMatchObject({ ok: false, error: 'Diese Folge hat inzwischen schon ein Recap. Bitte wähle eine andere.' });
    expect((await database.db.recap.findUniqueOrThrow({ where: { id: second.id } })).episodeId).toBeNull();
  });

  it('refuses to move a recap that already has an episode', async () => {
    const assigned = await database.db.recap.findFirstOrThrow({ where: { episodeId: { not: null } } });
    const [episode] = await freeEpisodes();
    if (!episode) throw new Error('Keine freie Folge');
    const result = await runAs(hostId, () => assignInboxRecap({ recapId: assigned.id, episodeId: episode.id }));
    expect(result).toMatchObject({ ok: false, error: 'Dieses Recap ist nicht mehr im Eingang.' });
  });

  it('deletes only inbox recaps, with an audit entry', async () => {
    const recap = await inboxRecap('Wegwerfen.');
    expect(await runAs(hostId, () => deleteInboxRecap({ recapId: recap.id }))).toEqual({ ok: true, data: null });
    expect(await database.db.recap.findUnique({ where: { id: recap.id } })).toBeNull();
    expect(await database.db.auditEvent.count({ where: { action: 'recap.deleted', targetId: String(recap.id) } })).toBe(1);
    const assigned = await database.db.recap.findFirstOrThrow({ where: { episodeId: { not: null } } });
    expect(await runAs(hostId, () => deleteInboxRecap({ recapId: assigned.id }))).toMatchObject({ ok: false });
  });
});
