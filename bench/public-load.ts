// npx tsx bench/public-load.ts [--url http://localhost:3000] [--seconds 10] [--connections 20]
//
// Load test of the public pages under `next start` (run `npm start` first), against a plain
// static-file server that serves the very same HTML, fetched at the start of this run. It
// prints requests per second and p50/p95 latency for each page on both, and the ratio.
import { createServer, type Server } from 'node:http';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:3000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '20' },
  },
});
const base = values.url.replace(/\/$/, '');
const seconds = Number(values.seconds);
const connections = Number(values.connections);

const pages = [
  { name: 'Startseite', path: '/' },
  { name: 'Folge', path: '/episode/s04e18-i-heart-ny' },
  { name: 'Suche', path: '/suche?q=Hochzeit' },
];

type Figures = { rps: number; p50: number; p95: number; errors: number };

async function measure(url: string): Promise<Figures> {
  const result = await autocannon({ url, connections, duration: seconds });
  // autocannon reports p97.5, not p95; p90 and p97.5 bracket it, so we take their mean as an estimate.
  const p95 = (result.latency.p90 + result.latency.p97_5) / 2;
  return { rps: result.requests.average, p50: result.latency.p50, p95, errors: result.errors + result.non2xx };
}

function staticServer(files: Map<string, string>): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const body = files.get(request.url ?? '/');
    response.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(body ?? 'not found');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}` });
    }),
  );
}

const files = new Map<string, string>();
for (const page of pages) {
  const response = await fetch(`${base}${page.path}`);
  if (!response.ok) throw new Error(`${page.path}: HTTP ${response.status} – läuft die App unter ${base}?`);
  files.set(page.path, await response.text());
}
const reference = await staticServer(files);

console.log(`Last: ${connections} Verbindungen, ${seconds} s je Messung; Next unter ${base}, statischer Server unter ${reference.url}\n`);
const rows: string[] = [];
for (const page of pages) {
  const next = await measure(`${base}${page.path}`);
  const plain = await measure(`${reference.url}${page.path}`);
  const fmt = (f: Figures) => `${f.rps.toFixed(0).padStart(6)} req/s  p50 ${f.p50.toFixed(1).padStart(6)} ms  p95 ${f.p95.toFixed(1).padStart(6)} ms${f.errors ? `  ${f.errors} Fehler` : ''}`;
  rows.push(
    `${page.name.padEnd(10)} next start  ${fmt(next)}`,
    `${''.padEnd(10)} statisch    ${fmt(plain)}`,
    `${''.padEnd(10)} Verhältnis  ${(next.rps / plain.rps).toFixed(2)} × Durchsatz, ${(next.p50 / Math.max(plain.p50, 0.1)).toFixed(1)} × p50-Latenz\n`,
  );
}
console.log(rows.join('\n'));
reference.server.close();
