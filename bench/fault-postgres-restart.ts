// npx tsx bench/fault-postgres-restart.ts [--port 3611] [--down 8]
//
// PostgreSQL stopped and started again under load (outside the test command: it stops the
// machine's PostgreSQL 15 cluster for a few seconds, and it builds the app). Starts Rewatch
// with DATABASE_URL on a new database of the local server, requests a static page, a dynamic
// page (search) and the studio sign-in page in a loop while autocannon keeps 20 connections
// busy on home and search, stops the cluster with pg_ctlcluster, starts it again after
// --down seconds, and prints what the app answered in each phase (a German notice counts
// apart from a normal answer) and how long search took to answer normally again. The app
// itself is never restarted. Results go to bench/RESULTS.md.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createScratchDatabase } from '@/lib/db/scratch';
import { runLoad } from './lib/load';
import { recordResults } from './lib/results';

const { values } = parseArgs({ options: { port: { type: 'string', default: '3611' }, down: { type: 'string', default: '8' } } });
const port = Number(values.port);
const downSeconds = Number(values.down);
const serverUrl = 'postgresql://postgres@127.0.0.1:5432/postgres';
const base = `http://127.0.0.1:${port}`;
const version = readdirSync('/etc/postgresql')[0] ?? '15';

function cluster(action: 'start' | 'stop'): void {
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', action], { stdio: 'inherit' });
}

// Every probe searches a word of its own: a repeated query would come from the data cache
// and never ask the database.
let probes = 0;
const pages = [
  { name: 'Startseite (statisch)', path: () => '/' },
  { name: 'Suche (neue Anfrage, Datenbank)', path: () => `/suche?q=Hochzeit${++probes}` },
  { name: 'Anmelden (dynamisch)', path: () => '/anmelden' },
];
type Phase = 'vorher' | 'unten' | 'danach';
const tally = new Map<string, number>();
let phase: Phase = 'vorher';
let recoveredAfterMs: number | null = null;
let upAgainAt = 0;

async function probe(): Promise<void> {
  for (const page of pages) {
    const started = Date.now();
    const path = page.path();
    const outcome = await fetch(base + path, { signal: AbortSignal.timeout(15_000) }).then(
      async (response) => {
        const body = await response.text();
        const notice = body.includes('Da ist etwas schiefgegangen') ? ' Fehlerseite' : body.includes('gerade nicht erreichbar') ? ' Hinweis „nicht erreichbar“' : '';
        return `${response.status}${notice}`;
      },
      (error: unknown) => `keine Antwort (${error instanceof Error ? error.name : 'Fehler'})`,
    );
    const key = `${phase}\t${page.name}\t${outcome}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
    if (phase === 'danach' && started >= upAgainAt && recoveredAfterMs === null && path.startsWith('/suche') && outcome === '200') {
      recoveredAfterMs = started - upAgainAt;
    }
  }
}

async function waitUntilServing(child: ChildProcess): Promise<void> {
  for (let i = 0; i < 1_800 && child.exitCode === null; i++) {
    if (await fetch(base, { signal: AbortSignal.timeout(2_000) }).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('Rewatch ist nicht gestartet.');
}

const scratch = await createScratchDatabase(serverUrl, 'rewatch_fault');
const app = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
  env: { ...process.env, PORT: String(port), DATABASE_URL: scratch.url, REWATCH_DATA_DIR: `.data/fault-${port}`, REWATCH_DIST_DIR: `.next-fault-${port}` },
  stdio: ['ignore', 'inherit', 'inherit'],
  detached: true,
});
let stopped = false;
const load: string[] = [];
try {
  await waitUntilServing(app);
  const loop = (async () => {
    while (!stopped) {
      await probe();
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  const background = [runLoad({ url: `${base}/`, connections: 10, seconds: 5 + downSeconds + 20 }), runLoad({ url: `${base}/suche?q=Hochzeit`, connections: 10, seconds: 5 + downSeconds + 20 })];
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  phase = 'unten';
  cluster('stop');
  try {
    await new Promise((resolve) => setTimeout(resolve, downSeconds * 1_000));
  } finally {
    cluster('start');
  }
  upAgainAt = Date.now();
  phase = 'danach';
  await new Promise((resolve) => setTimeout(resolve, 20_000));
  stopped = true;
  await loop;
  const [home, search] = await Promise.all(background);
  load.push(`Startseite ${home?.requests} Anfragen, ${home?.errors} Fehler`, `Suche ${search?.requests} Anfragen, ${search?.errors} ohne 2xx (die Hinweisseite ist 200)`);
} finally {
  stopped = true;
  if (app.pid) process.kill(-app.pid, 'SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  await scratch.drop().catch(() => {});
}

const rows: [string, string][] = [];
for (const current of ['vorher', 'unten', 'danach'] as const) {
  for (const page of pages) {
    const answers = [...tally.entries()].filter(([key]) => key.startsWith(`${current}\t${page.name}\t`)).map(([key, count]) => `${count} × ${key.split('\t')[2]}`);
    rows.push([`${current === 'unten' ? `PostgreSQL ${downSeconds} s gestoppt` : current}: ${page.name}`, answers.join(', ') || '–']);
  }
}
rows.push(
  ['Suche wieder normal nach dem Neustart', recoveredAfterMs === null ? 'nicht innerhalb von 20 s' : `${recoveredAfterMs} ms (App nicht neu gestartet)`],
  ['Hintergrundlast (je 10 Verbindungen, ganzer Lauf)', load.join('; ')],
);
for (const [name, value] of rows) console.log(`${name.padEnd(56)} ${value}`);
await recordResults('fault-postgres-restart', rows);
process.exit(0);
