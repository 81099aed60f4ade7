// npx tsx bench/public-load.ts [--url http://localhost:3000] [--seconds 15] [--connections 50]
//
// The public pages under concurrent load, against a plain static-file server that serves the
// very same bytes, fetched at the start of this run: requests per second and p50/p95/p99 for
// home, episode, character and search on both, and the ratio. Without --url it starts the
// production build on its own port and data folder (scripts/start.ts, embedded PGlite unless
// DATABASE_URL is set), so it runs on a clean clone. Results go to bench/RESULTS.md.
import { createServer, type Server } from 'node:http';
import { parseArgs } from 'node:util';
import { appServerRow, startApp } from './lib/app';
import { formatLoad, runLoad } from './lib/load';
import { recordResults } from './lib/results';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    seconds: { type: 'string', default: '15' },
    connections: { type: 'string', default: '50' },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);

const pages = [
  { name: 'Startseite', path: '/' },
  { name: 'Folge', path: '/episode/s04e18-i-heart-ny' },
  { name: 'Figur', path: '/figuren/carrie-bradshaw' },
  { name: 'Suche', path: '/suche?q=Hochzeit' },
];

function staticServer(files: Map<string, { type: string; body: Buffer }>): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const file = files.get(request.url ?? '/');
    response.writeHead(file ? 200 : 404, { 'Content-Type': file?.type ?? 'text/plain' });
    response.end(file?.body ?? 'not found');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}` });
    }),
  );
}

const app = values.url ? null : await startApp({ port: 3902, dataDir: '.data/bench-public', distDir: '.next-bench-public' });
const base = (values.url ?? app?.base ?? '').replace(/\/$/, '');
try {
  const files = new Map<string, { type: string; body: Buffer }>();
  for (const page of pages) {
    const response = await fetch(`${base}${page.path}`);
    if (!response.ok) throw new Error(`${page.path}: HTTP ${response.status} – läuft die App unter ${base}?`);
    files.set(page.path, { type: response.headers.get('content-type') ?? 'text/html', body: Buffer.from(await response.arrayBuffer()) });
  }
  const reference = await staticServer(files);
  console.log(`Last: ${connections} Verbindungen, ${seconds} s je Messung; Next unter ${base}, statischer Server unter ${reference.url}\n`);

  const rows: [string, string][] = [];
  for (const page of pages) {
    // A short warm-up, so the first measurement does not pay for cold caches and JIT alone.
    await runLoad({ url: `${base}${page.path}`, connections, seconds: 2 });
    const next = await runLoad({ url: `${base}${page.path}`, connections, seconds });
    const plain = await runLoad({ url: `${reference.url}${page.path}`, connections, seconds });
    const kib = Math.max(1, Math.round((files.get(page.path)?.body.length ?? 0) / 1024));
    const label = `${page.name} (${page.path}, ${kib} KiB)`;
    rows.push(
      [`${label}: Next`, formatLoad(next)],
      [`${label}: statisch`, formatLoad(plain)],
      [`${label}: Verhältnis Next/statisch`, `${(next.rps / plain.rps).toFixed(2)} × Durchsatz, ${(next.p95 / Math.max(plain.p95, 0.1)).toFixed(1)} × p95`],
    );
    for (const [name, value] of rows.slice(-3)) console.log(`${name.padEnd(60)} ${value}`);
  }
  rows.push(
    ['Last', `${connections} Verbindungen, ${seconds} s je Messung, autocannon im selben Prozess wie der statische Server`],
    ['Datenbank', values.url ? `extern (${base})` : process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'PGlite (eingebettet)'],
    ...(values.url ? [] : [appServerRow()]),
  );
  reference.server.close();
  await recordResults('public-load', rows);
} finally {
  await app?.stop();
}
process.exit(0);
