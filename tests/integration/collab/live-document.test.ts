import type { Server } from '@hocuspocus/server';
import { connect as connectTcp, type Socket } from 'node:net';
import getPort from 'get-port';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { SessionUser } from '@/lib/auth/permissions';
import { type CollabContext, type CollabServerOptions, createCollabServer } from '@/lib/collab/server';
import { applyBody, bodyFromY } from '@/lib/recaps/live/y-body';
import { documentFromText, plainTextOf, type RecapDocument } from '@/lib/recaps/document';
import type { PublicChange } from '@/lib/cache/public-change';
import { restoreRevision } from '@/lib/recaps/restore';
import { saveDraft } from '@/lib/recaps/save-draft';
import { changeStatus } from '@/lib/recaps/workflow';
import { env } from '@/lib/env';
import { createUser } from '@/lib/users/create-user';
import { connectLiveClient, eventually, type LiveClient, sessionCookie, testOrigin, testSecret } from '../../helpers/collab';
import { freshDatabase, type TestDatabase } from '../../helpers/database';

let database: TestDatabase;
let chris: SessionUser;
let nils: SessionUser;
let guest: SessionUser;
let otherGuest: SessionUser;
const episodes: number[] = [];
const servers: Server<CollabContext>[] = [];
const clients: LiveClient[] = [];

beforeAll(async () => {
  database = await freshDatabase();
  const show = await database.db.show.create({ data: { slug: 'satc', title: 'Sex and the City' } });
  const season = await database.db.season.create({ data: { showId: show.id, number: 1 } });
  for (let number = 1; number <= 11; number++) {
    const episode = await database.db.episode.create({ data: { showId: show.id, seasonId: season.id, number, title: `Folge ${number}`, slug: `s01e${String(number).padStart(2, '0')}` } });
    episodes.push(episode.id);
  }
  chris = await createUser(database.db, { email: 'chris@example.org', name: 'Chris', password: 'ein-langes-passwort', role: 'HOST' });
  nils = await createUser(database.db, { email: 'nils@example.org', name: 'Nils', password: 'ein-langes-passwort', role: 'HOST' });
  guest = await createUser(database.db, { email: 'gast@example.org', name: 'Gast', password: 'ein-langes-passwort', role: 'GUEST' });
  otherGuest = await createUser(database.db, { email: 'andere@example.org', name: 'Andere', password: 'ein-langes-passwort', role: 'GUEST' });
  for (const episodeId of episodes) await database.db.episodeAccess.create({ data: { userId: guest.id, episodeId } });
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  for (const server of servers.splice(0)) await server.destroy();
});

afterAll(async () => {
  await database?.cleanup();
});

async function startServer(extra: Pick<CollabServerOptions, 'redisUrl' | 'onPublicChange'> = {}) {
  const port = await getPort();
  const server = createCollabServer({
    db: database.db,
    port,
    secret: testSecret,
    allowedOrigins: [testOrigin],
    recheckMs: 150,
    debounceMs: 50,
    maxDebounceMs: 300,
    log: () => {},
    ...extra,
  });
  const sockets = new Set<Socket>();
  server.httpServer.on('connection', (socket: Socket) => sockets.add(socket));
  await server.listen();
  servers.push(server);
  return { server, port, sockets };
}

async function connect(port: number, episodeId: number, user: SessionUser | null, origin?: string) {
  const client = connectLiveClient({ port, episodeId, cookie: user ? await sessionCookie(user.id) : undefined, origin });
  clients.push(client);
  return client;
}

const synced = (client: LiveClient) => eventually(() => client.provider.isSynced, 'Client synchronisiert');
const textOf = (client: LiveClient) => plainTextOf(bodyFromY(client.ydoc));
const storedText = async (episodeId: number) => (await database.db.recap.findUnique({ where: { episodeId } }))?.plainText ?? '';
/** What an editor does when someone types: the document becomes the new text, as a minimal change. */
const type = (client: LiveClient, paragraphs: string[]) => applyBody(client.ydoc, documentFromText(paragraphs.join('\n\n')), 'editor');
const paragraphsOf = (client: LiveClient) => textOf(client).split('\n\n').filter(Boolean);

describe('the collaboration server', () => {
  it('merges two people typing at once, stores the result as the recap and its revision', async () => {
    const [episodeId] = episodes as [number];
    await saveDraft(database.db, { episodeId, baseVersion: 0, doc: documentFromText('Carrie sitzt am Laptop.'), user: chris });
    const { port } = await startServer();
    const a = await connect(port, episodeId, chris);
    const b = await connect(port, episodeId, nils);
    await Promise.all([synced(a), synced(b)]);
    expect(textOf(a)).toBe('Carrie sitzt am Laptop.');

    type(a, ['Carrie sitzt am Laptop.', 'Chris: Samantha ist die Beste.']);
    type(b, ['Nils: Miranda hat recht.', 'Carrie sitzt am Laptop.']);
    await eventually(() => textOf(a) === textOf(b) && paragraphsOf(a).length === 3, 'beide Fassungen gleich, mit allen drei Absätzen');
    expect(paragraphsOf(a).sort()).toEqual(['Carrie sitzt am Laptop.', 'Chris: Samantha ist die Beste.', 'Nils: Miranda hat recht.']);

    await eventually(async () => (await storedText(episodeId)) === textOf(a), 'der zusammengeführte Text als Recap gespeichert');
    const recap = await database.db.recap.findUniqueOrThrow({ where: { episodeId }, include: { revisions: true } });
    expect(recap.version).toBeGreaterThan(1);
    expect(recap.revisions.at(-1)?.plainText).toBe(textOf(a));
  });

  it('refuses listeners, guests of other episodes, disabled users and foreign origins', async () => {
    const [, episodeId] = episodes as [number, number];
    const { port } = await startServer();
    const listener = await connect(port, episodeId, null);
    const stranger = await connect(port, episodeId, otherGuest);
    const foreign = await connect(port, episodeId, chris, 'https://boese.example');
    const disabled = await createUser(database.db, { email: 'weg@example.org', name: 'Weg', password: 'ein-langes-passwort', role: 'HOST' });
    await database.db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    const disabledClient = await connect(port, episodeId, disabled);
    const forged = connectLiveClient({ port, episodeId, cookie: await sessionCookie(chris.id, 'ein-anderes-geheimnis-mit-mindestens-32-zeichen') });
    clients.push(forged);
    for (const client of [listener, stranger, disabledClient, forged]) {
      await eventually(() => client.failures.length > 0, 'Verbindung abgelehnt');
      expect(client.provider.isSynced).toBe(false);
    }
    await eventually(() => foreign.provider.isSynced === false && (foreign.failures.length > 0 || foreign.closes.length > 0 || foreign.provider.configuration.websocketProvider.status !== 'connected'), 'fremde Herkunft abgelehnt', 3_000);
    expect(foreign.provider.isSynced).toBe(false);
  });

  it('disconnects a guest whose access is revoked, and makes guests readers once the recap is published', async () => {
    const [, , episodeId, publishedEpisode] = episodes as [number, number, number, number];
    const { port } = await startServer();
    const guestClient = await connect(port, episodeId, guest);
    await synced(guestClient);
    expect(guestClient.messages).toContainEqual({ type: 'access', mode: 'write' });

    await database.db.episodeAccess.delete({ where: { userId_episodeId: { userId: guest.id, episodeId } } });
    await eventually(() => guestClient.messages.some((message) => message.type === 'revoked'), 'Zugriff entzogen gemeldet');
    type(guestClient, ['Nach dem Entzug geschrieben.']);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await storedText(episodeId)).not.toContain('Nach dem Entzug');
    await database.db.episodeAccess.create({ data: { userId: guest.id, episodeId } });

    await saveDraft(database.db, { episodeId: publishedEpisode, baseVersion: 0, doc: documentFromText('Veröffentlichter Text.'), user: chris });
    const writer = await connect(port, publishedEpisode, guest);
    await synced(writer);
    await changeStatus(database.db, publishedEpisode, { to: 'PUBLISHED', publishAt: null }, chris, '127.0.0.1');
    await eventually(() => writer.messages.some((message) => message.type === 'access' && message.mode === 'read'), 'Gast wird zum Leser');
    type(writer, ['Gast ändert den veröffentlichten Text.']);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await storedText(publishedEpisode)).toBe('Veröffentlichter Text.');
  });

  it('merges saves from elsewhere (an editor without live connection, a restore) into the open document', async () => {
    const [, , , , episodeId] = episodes as [number, number, number, number, number];
    const first = await saveDraft(database.db, { episodeId, baseVersion: 0, doc: documentFromText('Erste Fassung.'), user: chris });
    if (first.status !== 'saved') throw new Error('gespeichert erwartet');
    const { port } = await startServer();
    const live = await connect(port, episodeId, nils);
    await synced(live);

    const recap = await database.db.recap.findUniqueOrThrow({ where: { episodeId } });
    const offline = await saveDraft(database.db, { episodeId, baseVersion: recap.version, doc: documentFromText('Erste Fassung.\n\nOhne Live-Verbindung ergänzt.'), user: nils });
    expect(offline.status).toBe('saved');
    await eventually(() => textOf(live) === 'Erste Fassung.\n\nOhne Live-Verbindung ergänzt.', 'Speichern ohne Live-Verbindung im offenen Dokument');

    type(live, ['Erste Fassung.', 'Ohne Live-Verbindung ergänzt.', 'Live dazu geschrieben.']);
    await eventually(async () => (await storedText(episodeId)).includes('Live dazu'), 'Live-Text gespeichert');
    const firstRevision = await database.db.recapRevision.findFirstOrThrow({ where: { recap: { episodeId } }, orderBy: { id: 'asc' } });
    await restoreRevision(database.db, { episodeId, revisionId: firstRevision.id, user: chris });
    await eventually(() => textOf(live) === 'Erste Fassung.', 'Wiederherstellung im offenen Dokument');
    await eventually(async () => (await storedText(episodeId)) === 'Erste Fassung.', 'und gespeichert');
  });

  it('keeps everything across a server restart, and merges what a client wrote while the server was gone', async () => {
    const [, , , , , episodeId] = episodes as [number, number, number, number, number, number];
    const first = await startServer();
    const port = first.port;
    const client = await connect(port, episodeId, chris);
    await synced(client);
    type(client, ['Vor dem Neustart.']);
    await eventually(async () => (await storedText(episodeId)) === 'Vor dem Neustart.', 'vor dem Neustart gespeichert');

    // Like a killed process: the connections drop at once (closing the HTTP server alone keeps them open).
    for (const socket of first.sockets) socket.destroy();
    await first.server.destroy();
    servers.splice(servers.indexOf(first.server), 1);
    type(client, ['Vor dem Neustart.', 'Offline geschrieben.']);

    const second = createCollabServer({ db: database.db, port, secret: testSecret, allowedOrigins: [testOrigin], recheckMs: 150, debounceMs: 50, maxDebounceMs: 300, log: () => {} });
    await second.listen();
    servers.push(second);
    const other = await connect(port, episodeId, nils);
    await synced(other);
    await eventually(() => textOf(other) === 'Vor dem Neustart.\n\nOffline geschrieben.', 'Offline-Text nach dem Wiederverbinden bei allen');
    await eventually(async () => (await storedText(episodeId)) === 'Vor dem Neustart.\n\nOffline geschrieben.', 'und gespeichert');
  });

  it('refuses forged and oversized content: nothing of it reaches the recap', async () => {
    const [, , , , , , episodeId] = episodes as [number, number, number, number, number, number, number];
    await saveDraft(database.db, { episodeId, baseVersion: 0, doc: documentFromText('Sauberer Text.'), user: chris });
    const { port } = await startServer();
    const client = await connect(port, episodeId, guest);
    await synced(client);

    // A hand-made Yjs element the schema does not have, with a script-ish attribute.
    client.ydoc.transact(() => {
      const element = new Y.XmlElement('script');
      element.setAttribute('onload', 'alert(1)');
      element.insert(0, [new Y.XmlText('alert(1)')]);
      client.ydoc.getXmlFragment('default').insert(0, [element]);
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const recap = await database.db.recap.findUniqueOrThrow({ where: { episodeId } });
    expect(JSON.stringify(recap.body)).not.toContain('script');
    expect(recap.plainText).toBe('Sauberer Text.');

    type(client, ['Sauberer Text.', 'x'.repeat(60_000)]);
    await eventually(() => client.messages.some((message) => message.type === 'refused'), 'zu langer Text abgelehnt');
    await eventually(() => textOf(client) === 'Sauberer Text.', 'Dokument zurück auf dem gespeicherten Stand');
    expect(await storedText(episodeId)).toBe('Sauberer Text.');
  });

  it('reports changes of a published recap, so its public pages are refreshed, and not those of a draft', async () => {
    const [draftEpisode, publishedEpisode] = episodes.slice(9) as [number, number];
    await saveDraft(database.db, { episodeId: draftEpisode, baseVersion: 0, doc: documentFromText('Entwurf.'), user: chris });
    await saveDraft(database.db, { episodeId: publishedEpisode, baseVersion: 0, doc: documentFromText('Öffentlich.'), user: chris });
    await changeStatus(database.db, publishedEpisode, { to: 'PUBLISHED', publishAt: null }, chris, '127.0.0.1');
    const reported: PublicChange[] = [];
    const { port } = await startServer({ onPublicChange: (change) => reported.push(change) });
    const draft = await connect(port, draftEpisode, chris);
    const published = await connect(port, publishedEpisode, nils);
    await Promise.all([synced(draft), synced(published)]);

    type(draft, ['Entwurf.', 'Weiter am Entwurf.']);
    await eventually(async () => (await storedText(draftEpisode)).includes('Weiter am Entwurf'), 'Entwurf gespeichert');
    expect(reported).toEqual([]);

    type(published, ['Öffentlich.', 'Nils korrigiert live.']);
    await eventually(async () => (await storedText(publishedEpisode)).includes('Nils korrigiert'), 'veröffentlichtes Recap gespeichert');
    // The recap is shorter than an excerpt: the new sentence changes what lists show too.
    expect(reported).toContainEqual({ kind: 'listing' });
  });

  it('does not create a recap just because someone opened the live document', async () => {
    const episodeId = episodes[7] as number;
    const { port } = await startServer();
    const client = await connect(port, episodeId, chris);
    await synced(client);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await database.db.recap.findUnique({ where: { episodeId } })).toBeNull();
    const empty: RecapDocument = bodyFromY(client.ydoc);
    expect(plainTextOf(empty)).toBe('');
  });
});

// The machines this runs on (and CI) have a Redis server; elsewhere set REDIS_URL or skip.
const redisUrl = env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const redisReachable = await new Promise<boolean>((resolve) => {
  const url = new URL(redisUrl);
  const socket = connectTcp({ host: url.hostname, port: Number(url.port || 6379) });
  socket.once('connect', () => {
    socket.end();
    resolve(true);
  });
  socket.once('error', () => resolve(false));
});

describe.skipIf(!redisReachable && !env.CI)('two collaboration servers sharing documents through Redis', () => {
  it('brings a change made on one server to a client of the other, and both store the same recap', async () => {
    const episodeId = episodes[8] as number;
    const one = await startServer({ redisUrl });
    const two = await startServer({ redisUrl });
    const a = await connect(one.port, episodeId, chris);
    const b = await connect(two.port, episodeId, nils);
    await Promise.all([synced(a), synced(b)]);

    type(a, ['Chris schreibt auf Server eins.']);
    await eventually(() => textOf(b) === 'Chris schreibt auf Server eins.', 'Änderung von Server eins bei Server zwei');
    type(b, ['Chris schreibt auf Server eins.', 'Nils antwortet auf Server zwei.']);
    await eventually(() => textOf(a) === 'Chris schreibt auf Server eins.\n\nNils antwortet auf Server zwei.', 'Antwort zurück auf Server eins');
    await eventually(async () => (await storedText(episodeId)) === textOf(a), 'gespeichert');
  });
});
