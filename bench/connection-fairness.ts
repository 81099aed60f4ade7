// npx tsx bench/connection-fairness.ts [--seconds 25] [--work 0,1,3] [--gate 0,8]
//
// Why bench/load-with-writers.ts saw one page time out for a whole phase, and what
// lib/http/request-gate.ts changes: without Next, a database or Rewatch at all. A plain Node
// HTTP server in its own process (bench/lib/fairness-server.ts) spends `work` ms of CPU per
// request; four autocannon instances open 50 connections each at once, as the load bench does
// for its four pages. Since libuv 1.45 a listening socket accepts one connection per turn of
// the event loop (libuv/libuv#3696): once the server is saturated every turn is long, and the
// connections opened last wait in the accept queue while the first ones keep being served.
// With the gate (`gate` requests in the handler at once) turns stay short. Not part of `npm test`.
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { formatLoad, runLoad } from './lib/load';
import { recordResults } from './lib/results';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '25' },
    work: { type: 'string', default: '0,1,3' },
    gate: { type: 'string', default: '0,8' },
  },
});
const seconds = Number(values.seconds);
const port = 3960;

async function withServer<T>(workMs: number, gate: number, run: () => Promise<T>): Promise<T> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/lib/fairness-server.ts'], {
    env: { ...process.env, PORT: String(port), WORK_MS: String(workMs), GATE: String(gate) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) => child.stdout?.once('data', () => resolve()));
  try {
    return await run();
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const rows: [string, string][] = [];
for (const gate of values.gate.split(',').map(Number)) {
  for (const workMs of values.work.split(',').map(Number)) {
    const setup = `${workMs} ms CPU je Anfrage, ${gate > 0 ? `Tor: ${gate} zugleich` : 'ohne Tor'}`;
    const loads = await withServer(workMs, gate, () =>
      Promise.all([1, 2, 3, 4].map((i) => runLoad({ url: `http://127.0.0.1:${port}/seite-${i}`, connections: 50, seconds }))),
    );
    loads.forEach((load, i) => rows.push([`${setup}: Instanz ${i + 1} (50 Verbindungen, ${i + 1}. geöffnet)`, formatLoad(load)]));
    const failed = loads.reduce((sum, load) => sum + load.errors, 0);
    const starved = loads.filter((load) => load.requests === 0).length;
    rows.push([`${setup}: Fehler / Instanzen ohne eine einzige Antwort`, `${failed} / ${starved} von ${loads.length}`]);
    for (const [name, value] of rows.slice(-(loads.length + 1))) console.log(`${name.padEnd(80)} ${value}`);
  }
}
rows.push(['Aufbau', 'Node-HTTP-Server (eigener Prozess, antwortet nach der Arbeit ohne zu warten, wie Next aus dem Cache) und 4 autocannon-Instanzen auf denselben 2 Kernen, ohne Next und Datenbank']);
await recordResults('connection-fairness', rows);
