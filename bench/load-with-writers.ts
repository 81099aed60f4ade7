// npx tsx bench/load-with-writers.ts [--seconds 60] [--readers 200] [--editors 5] [--modes live,autosave]
//
// Readers and writers at once against a production build (scripts/start.ts on port 3901,
// data in .data/bench-load, embedded PGlite unless DATABASE_URL is set): autocannon keeps
// `readers` connections busy on home, episode, character and search pages while `editors`
// headless Chromium pages type into different recaps in the studio. Each mode is one phase
// of `seconds`: `live` writes through the collaboration server (the studio's default),
// `autosave` with the websocket blocked, so every save is the server action with its
// version check. A save counts when the page says it is stored ("Live – gespeichert" /
// "Gespeichert"); any other outcome the page shows (offline, conflict, not saved, refused)
// is an error. Before the phases each page gets 5 s of load from a cold start (recorded).
// At the end each editor is reloaded in a fresh context and its text must
// contain everything typed: an acknowledged save that did not reach the database would
// show up there. Errors the app logs count too. Not part of `npm test`.
import { parseArgs } from 'node:util';
import { type Browser, type BrowserContext, chromium } from '@playwright/test';
import { appServerRow, type BenchApp, chromiumLaunch, signInHost, startApp } from './lib/app';
import { formatLoad, type LoadFigures, runLoad } from './lib/load';
import { recordResults } from './lib/results';
import { editorUrls, type EditorRun, openEditor, runEditor, typedTextSurvived } from './lib/writers';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    readers: { type: 'string', default: '200' },
    editors: { type: 'string', default: '5' },
    modes: { type: 'string', default: 'live,autosave' },
  },
});
const seconds = Number(values.seconds);
const readers = Number(values.readers);
const editors = Number(values.editors);
const modes = values.modes.split(',') as ('live' | 'autosave')[];

const pages = [
  { name: 'Startseite', path: '/' },
  { name: 'Folge', path: '/episode/s04e18-i-heart-ny' },
  { name: 'Figur', path: '/figuren/carrie-bradshaw' },
  { name: 'Suche', path: '/suche?q=Hochzeit' },
];

type Phase = { mode: 'live' | 'autosave'; reads: LoadFigures[]; edits: EditorRun[]; lost: number; logged: string[] };

async function phase(browser: Browser, app: BenchApp, state: Awaited<ReturnType<BrowserContext['storageState']>>, mode: 'live' | 'autosave', urls: string[]): Promise<Phase> {
  const editorPages = await Promise.all(urls.map(async () => (await browser.newContext({ storageState: state })).newPage()));
  await Promise.all(editorPages.map((page, i) => openEditor(page, urls[i] ?? '', mode)));
  const logged: string[] = [];
  const watchLog = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (/fehlgeschlagen|error|timeout/i.test(line)) logged.push(line.trim());
  };
  app.output.on('data', watchLog);
  console.log(`${mode}: ${readers} Leser auf ${pages.length} Seiten und ${editors} Redaktionen im Studio, ${seconds} s`);
  const until = Date.now() + seconds * 1_000;
  const perPage = Math.max(1, Math.floor(readers / pages.length));
  const [reads, edits] = await Promise.all([
    Promise.all(pages.map((page) => runLoad({ url: `${app.base}${page.path}`, connections: perPage, seconds }))),
    Promise.all(editorPages.map((page, i) => runEditor(page, urls[i] ?? '', `Redaktion ${i + 1} (${mode})`, until))),
  ]);
  app.output.off('data', watchLog);
  await Promise.all(editorPages.map((page) => page.context().close()));

  const verified = await Promise.all(edits.map((run) => typedTextSurvived(browser, state, run)));
  return { mode, reads, edits, lost: verified.filter((ok) => !ok).length, logged };
}

const app = await startApp({ port: 3901, dataDir: '.data/bench-load', distDir: '.next-bench-load' });
const browser = await chromium.launch(chromiumLaunch);
try {
  const host = await browser.newPage();
  await signInHost(host, app);
  const urls = await editorUrls(host, app.base, editors);
  const state = await host.context().storageState();
  await host.close();

  // A freshly started server answers its first concurrent requests slowly (cold JIT, route
  // modules loading, caches read from disk); 200 connections at once then finish together
  // after more than autocannon's 10 s timeout. The phases measure a warm server; the cold
  // start is measured and recorded here, one page at a time.
  const rows: [string, string][] = [];
  for (const page of pages) {
    const cold = await runLoad({ url: `${app.base}${page.path}`, connections: 20, seconds: 5 });
    rows.push([`Kaltstart ${page.name} (20 Verbindungen, 5 s)`, formatLoad(cold)]);
  }
  for (const mode of modes) {
    const result = await phase(browser, app, state, mode, urls);
    const label = mode === 'live' ? 'Live (Zusammenarbeits-Server)' : 'Autosave (Server Action, ohne WebSocket)';
    result.reads.forEach((figures, i) => rows.push([`${label}: Lesen ${pages[i]?.name ?? ''}`, formatLoad(figures)]));
    const saves = result.edits.reduce((sum, run) => sum + run.saves, 0);
    const problems = result.edits.flatMap((run) => run.problems);
    const readErrors = result.reads.reduce((sum, figures) => sum + figures.errors, 0);
    rows.push(
      [`${label}: Lesen gesamt`, `${result.reads.reduce((sum, f) => sum + f.requests, 0)} Anfragen, ${readErrors} Fehler, p95 ${Math.max(...result.reads.map((f) => f.p95)).toFixed(0)} ms (langsamste Seite)`],
      [`${label}: bestätigte Speichervorgänge`, `${saves} (${(saves / seconds).toFixed(1)}/s über ${editors} Redaktionen)`],
      [`${label}: Fehler beim Schreiben`, problems.length ? `${problems.length}: ${[...new Set(problems)].slice(0, 3).join('; ')}` : '0'],
      [`${label}: Status am Ende`, result.edits.map((run) => run.statusAtEnd).join(', ')],
      [`${label}: verloren (getippter Text fehlt nach Neuladen)`, `${result.lost} von ${editors} Redaktionen`],
      [`${label}: Fehler im Server-Log`, result.logged.length ? `${result.logged.length}: ${result.logged.slice(0, 2).join(' / ').slice(0, 200)}` : '0'],
    );
    for (const [name, value] of rows.slice(-(pages.length + 6))) console.log(`${name.padEnd(64)} ${value}`);
  }
  rows.push(
    ['Datenbank', process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'PGlite (eingebettet)'],
    appServerRow(),
    ['Maschine', 'App, Zusammenarbeits-Server, Datenbank, Chromium und autocannon teilen sich dieselben 2 Kerne'],
  );
  await recordResults(process.env.DATABASE_URL ? 'load-with-writers-postgres' : 'load-with-writers', rows);
} finally {
  await browser.close();
  await app.stop();
}
process.exit(0);
