// npx tsx bench/connection-fairness.ts [--seconds 25] [--work 0,1,3]
//
// Why bench/load-with-writers.ts sometimes sees one page time out for a whole phase: without
// Next, a database or Rewatch at all. A plain Node HTTP server in its own process spends
// `work` ms of CPU per request; four autocannon instances open 50 connections each at once,
// as the load bench does for its four pages. While the server keeps up, every instance is
// served alike. Once it is saturated, on this machine the connections opened last get no
// answer at all while the first ones keep being served: their instance reports nothing but
// timeouts. Not part of `npm test`.
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { formatLoad, runLoad } from './lib/load';
import { recordResults } from './lib/results';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '25' }, work: { type: 'string', default: '0,1,3' } } });
const seconds = Number(values.seconds);
const port = 3960;

// The server as a string for `node -e`: its own process, like Next beside the load generator.
const serverSource = `
const http = require('node:http');
const work = Number(process.env.WORK_MS);
const body = 'x'.repeat(30000);
http.createServer((req, res) => { const end = Date.now() + work; while (Date.now() < end); res.end(body); })
  .listen(${port}, '127.0.0.1', () => console.log('bereit'));`;

async function withServer<T>(workMs: number, run: () => Promise<T>): Promise<T> {
  const child = spawn(process.execPath, ['-e', serverSource], { env: { ...process.env, WORK_MS: String(workMs) }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => child.stdout?.once('data', () => resolve()));
  try {
    return await run();
  } finally {
    child.kill('SIGTERM');
  }
}

const rows: [string, string][] = [];
for (const workMs of values.work.split(',').map(Number)) {
  const loads = await withServer(workMs, () =>
    Promise.all([1, 2, 3, 4].map((i) => runLoad({ url: `http://127.0.0.1:${port}/seite-${i}`, connections: 50, seconds }))),
  );
  loads.forEach((load, i) => rows.push([`${workMs} ms CPU je Anfrage: Instanz ${i + 1} (50 Verbindungen, ${i + 1}. geöffnet)`, formatLoad(load)]));
  const starved = loads.filter((load) => load.requests === 0).length;
  rows.push([`${workMs} ms CPU je Anfrage: Instanzen ohne eine einzige Antwort`, `${starved} von ${loads.length}`]);
  for (const [name, value] of rows.slice(-(loads.length + 1))) console.log(`${name.padEnd(72)} ${value}`);
}
rows.push(['Aufbau', 'Node-HTTP-Server (eigener Prozess) und 4 autocannon-Instanzen auf denselben 2 Kernen, ohne Next und Datenbank']);
await recordResults('connection-fairness', rows);
