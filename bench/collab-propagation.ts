// npx tsx bench/collab-propagation.ts [--clients 2,10,50] [--keystrokes 100] [--db pglite|postgres]
//
// Time from a keystroke in one editor to its appearance in the others, through the real
// collaboration server (Hocuspocus + our authorisation, storage and re-checks) on a scratch
// database: in-memory PGlite, or a new database on the PostgreSQL server at DATABASE_URL /
// 127.0.0.1:5432. Each simulated client is a real HocuspocusProvider over a WebSocket with
// a session cookie; the typist changes every keystroke, typing one character every 30 ms
// (a fast typist) while the server stores the document as it does in production.
// For every keystroke, every other client's arrival time is taken (median, p95) and the
// slowest client's (p95 of the "last one sees it" time), beside the same run against
// Hocuspocus alone in the same process. Not part of `npm test`.
import getPort from 'get-port';
import { parseArgs } from 'node:util';
import { Server } from '@hocuspocus/server';
import * as Y from 'yjs';
import { createCollabServer } from '@/lib/collab/server';
import { bodyField } from '@/lib/recaps/live/y-field';
import { createDb } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrations';
import { createScratchDatabase } from '@/lib/db/scratch';
import { env } from '@/lib/env';
import { createUser } from '@/lib/users/create-user';
import { connectLiveClient, eventually, type LiveClient, sessionCookie, testOrigin, testSecret } from '../tests/helpers/collab';
import { percentile, recordResults } from './lib/results';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '2,10,50' },
    keystrokes: { type: 'string', default: '100' },
    db: { type: 'string', default: 'pglite' },
  },
});
const sizes = values.clients.split(',').map(Number);
const keystrokes = Number(values.keystrokes);
const serverUrl = values.db === 'postgres' ? (env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres') : undefined;

type Measured = { median: number; p95: number; slowestP95: number; identical: boolean };

/** `size` clients on one document; each keystroke's arrival at every other client is timed. */
async function measure(port: number, episodeId: number, size: number): Promise<Measured> {
  const clients: LiveClient[] = [];
  for (let i = 0; i < size; i++) clients.push(connectLiveClient({ port, episodeId, cookie }));
  try {
    await eventually(() => clients.every((client) => client.provider.isSynced), `${size} Clients verbunden`, 60_000);
    // Everyone writes into one paragraph, as people do in a shared recap.
    const first = clients[0] as LiveClient;
    first.ydoc.transact(() => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('')]);
      first.ydoc.getXmlFragment(bodyField).insert(0, [paragraph]);
    });
    await eventually(() => clients.every((client) => client.ydoc.getXmlFragment(bodyField).length === 1), 'Absatz überall', 30_000);

    const arrivals: number[] = [];
    const slowest: number[] = [];
    for (let stroke = 0; stroke < keystrokes; stroke++) {
      const typist = clients[stroke % size] as LiveClient;
      const receivers = clients.filter((client) => client !== typist);
      const marker = String.fromCharCode(97 + (stroke % 26));
      const pending = receivers.map(
        (client) =>
          new Promise<number>((resolve) => {
            const length = client.ydoc.getXmlFragment(bodyField).toString().length;
            const onUpdate = () => {
              if (client.ydoc.getXmlFragment(bodyField).toString().length > length) {
                client.ydoc.off('update', onUpdate);
                resolve(performance.now());
              }
            };
            client.ydoc.on('update', onUpdate);
          }),
      );
      const started = performance.now();
      const text = (typist.ydoc.getXmlFragment(bodyField).get(0) as Y.XmlElement).get(0) as Y.XmlText;
      text.insert(text.length, marker);
      const times = (await Promise.all(pending)).map((at) => at - started);
      arrivals.push(...times);
      slowest.push(Math.max(...times));
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    const texts = new Set(clients.map((client) => client.ydoc.getXmlFragment(bodyField).toString()));
    return { median: percentile(arrivals, 50), p95: percentile(arrivals, 95), slowestP95: percentile(slowest, 95), identical: texts.size === 1 };
  } finally {
    for (const client of clients) client.close();
  }
}

const scratch = await createScratchDatabase(serverUrl, 'rewatch_bench');
await applyMigrations(scratch.url);
const db = createDb(scratch.url, { max: 4 });
const rows: [string, string][] = [];
let cookie = '';
try {
  const show = await db.show.create({ data: { slug: 'satc', title: 'Sex and the City' } });
  const season = await db.season.create({ data: { showId: show.id, number: 1 } });
  const host = await createUser(db, { email: 'chris@bench.test', name: 'Chris', password: 'ein-langes-passwort', role: 'HOST' });
  cookie = await sessionCookie(host.id);
  const port = await getPort();
  const server = createCollabServer({ db, port, secret: testSecret, allowedOrigins: [testOrigin], log: () => {} });
  await server.listen();

  // The baseline: Hocuspocus alone in the same process (no session check, no storage, no
  // re-checks), so the ratio shows what Rewatch's own work adds to a keystroke's way.
  const barePort = await getPort();
  const bare = new Server({ port: barePort, address: '127.0.0.1', quiet: true, stopOnSignals: false });
  await bare.listen();

  for (const [index, size] of sizes.entries()) {
    const episode = await db.episode.create({ data: { showId: show.id, seasonId: season.id, number: index + 1, title: `Folge ${index + 1}`, slug: `bench-${index + 1}` } });
    const ours = await measure(port, episode.id, size);
    const baseline = await measure(barePort, episode.id, size);
    const ratio = (of: (m: Measured) => number) => (of(ours) / Math.max(of(baseline), 0.01)).toFixed(1);
    console.log(
      `${size} Clients: Median ${ours.median.toFixed(1)} ms, p95 ${ours.p95.toFixed(1)} ms; langsamster Client p95 ${ours.slowestP95.toFixed(1)} ms` +
        ` (Hocuspocus allein: ${baseline.median.toFixed(1)} / ${baseline.p95.toFixed(1)} ms; Dokumente gleich: ${ours.identical ? 'ja' : 'NEIN'})`,
    );
    rows.push(
      [`${size} Clients: Anschlag → sichtbar bei den anderen, Median / p95`, `${ours.median.toFixed(1)} ms / ${ours.p95.toFixed(1)} ms`],
      [`${size} Clients: langsamster Empfänger je Anschlag, p95`, `${ours.slowestP95.toFixed(1)} ms`],
      [`${size} Clients: Hocuspocus allein (Basis), Median / p95`, `${baseline.median.toFixed(1)} ms / ${baseline.p95.toFixed(1)} ms (Rewatch: ${ratio((m) => m.median)} × / ${ratio((m) => m.p95)} ×)`],
      [`${size} Clients: alle Dokumente am Ende gleich`, ours.identical && baseline.identical ? 'ja' : 'nein'],
    );
  }
  await bare.destroy();
  rows.push(['Aufbau', `ein Zusammenarbeits-Server im selben Prozess, ${values.db === 'postgres' ? 'PostgreSQL' : 'PGlite (im Prozess)'}, Anschlag alle 30 ms, Schreiber wechselt`]);
  await server.destroy();
  await recordResults(values.db === 'postgres' ? 'collab-propagation-postgres' : 'collab-propagation', rows);
} finally {
  await db.$disconnect();
  await scratch.drop();
}
process.exit(0);
