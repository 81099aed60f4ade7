// npx tsx bench/front-load.ts [--seconds 15] [--connections 50] [--writer-seconds 10] [--editors 5]
//
// The public pages through the shipped nginx front (deploy/nginx/rewatch.conf, as `npm run
// front` runs it) against nginx serving the very same bytes as static files, both in this run,
// with the app without the front beside them. Then the same pages through the front while
// `editors` Chromium pages type into published recaps with autosave (the writers of
// bench/load-with-writers.ts), 50 connections, one page after another. Starts the production build itself
// (scripts/start.ts on port 3903, data in .data/bench-load, embedded PGlite unless
// DATABASE_URL is set). Goals: through the front ≥ 0.5 × static and p95 < 20 ms; with the
// editors 0 errors and p95 < 50 ms. Results go to bench/RESULTS.md. Not part of `npm test`.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { startFront } from '@/lib/front/rewatch-front';
import { startNginx } from '@/lib/front/nginx';
import { appServerRow, chromiumLaunch, signInHost, startApp } from './lib/app';
import { formatLoad, type LoadFigures, runLoad } from './lib/load';
import { recordResults } from './lib/results';
import { editorUrls, openEditor, runEditor, typedTextSurvived } from './lib/writers';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '15' },
    connections: { type: 'string', default: '50' },
    'writer-seconds': { type: 'string', default: '10' },
    editors: { type: 'string', default: '5' },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const writerSeconds = Number(values['writer-seconds']);
const editors = Number(values.editors);

const pages = [
  { name: 'Startseite', path: '/', file: 'startseite.html' },
  { name: 'Folge', path: '/episode/s04e18-i-heart-ny', file: 'folge.html' },
  { name: 'Figur', path: '/figuren/carrie-bradshaw', file: 'figur.html' },
  { name: 'Suche', path: '/suche?q=Hochzeit', file: 'suche.html' },
];
const ports = { app: 3903, collab: 3904, front: 8393, static: 8394 };

/** nginx with the same main configuration as the front, serving each page's bytes from a file (the query ignored). */
async function staticNginx(files: Map<string, Buffer>) {
  const prefix = path.resolve('.front/bench-static');
  await mkdir(path.join(prefix, 'html'), { recursive: true });
  for (const page of pages) await writeFile(path.join(prefix, 'html', page.file), files.get(page.path) ?? '');
  const locations = pages.map((page) => `        location = ${page.path.split('?')[0]} { try_files /${page.file} =404; }`).join('\n');
  const http = `    server {\n        listen 127.0.0.1:${ports.static};\n        root ${prefix}/html;\n        default_type "text/html; charset=utf-8";\n${locations}\n    }`;
  return startNginx({ prefix, http, port: ports.static, stdio: 'ignore' });
}

const meets = (figures: LoadFigures, p95: number) => figures.errors === 0 && figures.p95 < p95;

// The build and data of bench/first-load-js.ts and bench/load-with-writers.ts: one build for all three.
// Set up as docs/deploy.md says for a front: links, sign-in and the live editor's origin are the front's.
const frontBase = `http://localhost:${ports.front}`;
const app = await startApp({
  port: ports.app,
  dataDir: '.data/bench-load',
  distDir: '.next-bench-load',
  env: { SITE_URL: frontBase, COLLAB_URL: `ws://localhost:${ports.front}/collab` },
});
const front = await startFront({ ports: { front: ports.front, app: ports.app, collab: ports.collab }, prefix: '.front/bench-front', stdio: 'ignore' });
const browser = await chromium.launch(chromiumLaunch);
let stopStatic = async () => {};
try {
  const files = new Map<string, Buffer>();
  for (const page of pages) {
    const response = await fetch(`${frontBase}${page.path}`);
    if (!response.ok) throw new Error(`${page.path}: HTTP ${response.status} durch die Vorderseite`);
    files.set(page.path, Buffer.from(await response.arrayBuffer()));
  }
  const reference = await staticNginx(files);
  stopStatic = reference.stop;
  console.log(`Last: ${connections} Verbindungen, ${seconds} s je Messung; Vorderseite ${frontBase}, statisch http://127.0.0.1:${ports.static}, App ${app.base}\n`);

  const rows: [string, string][] = [];
  const goals: string[] = [];
  for (const page of pages) {
    await runLoad({ url: `${frontBase}${page.path}`, connections, seconds: 2 });
    const viaFront = await runLoad({ url: `${frontBase}${page.path}`, connections, seconds });
    const plain = await runLoad({ url: `http://127.0.0.1:${ports.static}${page.path}`, connections, seconds });
    const direct = await runLoad({ url: `${app.base}${page.path}`, connections, seconds });
    const ratio = viaFront.rps / plain.rps;
    const kib = Math.max(1, Math.round((files.get(page.path)?.length ?? 0) / 1024));
    const label = `${page.name} (${page.path}, ${kib} KiB)`;
    rows.push(
      [`${label}: Vorderseite`, formatLoad(viaFront)],
      [`${label}: nginx statisch`, formatLoad(plain)],
      [`${label}: App direkt`, formatLoad(direct)],
      [`${label}: Vorderseite/statisch`, `${ratio.toFixed(2)} × Durchsatz (App direkt ${(direct.rps / plain.rps).toFixed(2)} ×)`],
    );
    if (ratio < 0.5 || !meets(viaFront, 20)) goals.push(`${page.name}: ${ratio.toFixed(2)} ×, p95 ${viaFront.p95.toFixed(1)} ms, ${viaFront.errors} Fehler`);
    for (const [name, value] of rows.slice(-4)) console.log(`${name.padEnd(64)} ${value}`);
  }

  // Readers through the front while editors autosave published recaps (the websocket blocked).
  const host = await browser.newPage();
  await signInHost(host, app);
  const urls = await editorUrls(host, frontBase, editors);
  const state = await host.context().storageState();
  await host.close();
  const editorPages = await Promise.all(urls.map(async () => (await browser.newContext({ storageState: state })).newPage()));
  await Promise.all(editorPages.map((page, i) => openEditor(page, urls[i] ?? '', 'autosave')));
  const logged: string[] = [];
  const watchLog = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (/fehlgeschlagen|error|timeout/i.test(line)) logged.push(line.trim());
  };
  app.output.on('data', watchLog);
  console.log(`\nMit ${editors} Redaktionen (Autosave): ${connections} Leser durch die Vorderseite, ${writerSeconds} s je Seite`);
  // As in the runs above, one page at a time at `connections`: four pages at once would be four
  // times the readers, and their latency would only say how many connections share two cores.
  const until = Date.now() + pages.length * writerSeconds * 1_000;
  const readPages = async () => {
    const figures: LoadFigures[] = [];
    for (const page of pages) figures.push(await runLoad({ url: `${frontBase}${page.path}`, connections, seconds: writerSeconds }));
    return figures;
  };
  const [reads, edits] = await Promise.all([
    readPages(),
    Promise.all(editorPages.map((page, i) => runEditor(page, urls[i] ?? '', `Redaktion ${i + 1} (Vorderseite)`, until))),
  ]);
  app.output.off('data', watchLog);
  await Promise.all(editorPages.map((page) => page.context().close()));
  const lost = (await Promise.all(edits.map((run) => typedTextSurvived(browser, state, run)))).filter((ok) => !ok).length;
  const problems = edits.flatMap((run) => run.problems);
  reads.forEach((figures, i) => {
    rows.push([`Mit Redaktionen: Lesen ${pages[i]?.name ?? ''} (Vorderseite)`, formatLoad(figures)]);
    if (!meets(figures, 50)) goals.push(`mit Redaktionen ${pages[i]?.name ?? ''}: p95 ${figures.p95.toFixed(1)} ms, ${figures.errors} Fehler`);
  });
  const saves = edits.reduce((sum, run) => sum + run.saves, 0);
  rows.push(
    ['Mit Redaktionen: bestätigte Speichervorgänge', `${saves} (${(saves / (pages.length * writerSeconds)).toFixed(1)}/s über ${editors} Redaktionen)`],
    ['Mit Redaktionen: Fehler beim Schreiben', problems.length ? `${problems.length}: ${[...new Set(problems)].slice(0, 3).join('; ')}` : '0'],
    ['Mit Redaktionen: verloren (getippter Text fehlt nach Neuladen)', `${lost} von ${editors} Redaktionen`],
    ['Mit Redaktionen: Fehler im Server-Log', logged.length ? `${logged.length}: ${logged.slice(0, 2).join(' / ').slice(0, 200)}` : '0'],
  );
  if (problems.length || lost || logged.length) goals.push(`mit Redaktionen: ${problems.length} Schreibfehler, ${lost} verloren, ${logged.length} Log-Fehler`);
  for (const [name, value] of rows.slice(-(pages.length + 4))) console.log(`${name.padEnd(64)} ${value}`);
  rows.push(
    ['Ziele (≥ 0,5 × statisch, p95 < 20 ms; mit Redaktionen 0 Fehler, p95 < 50 ms)', goals.length ? `verfehlt: ${goals.join('; ')}` : 'erreicht'],
    ['Vorderseite', `nginx ${front.brotli ? 'mit Brotli' : 'ohne Brotli'}, deploy/nginx/rewatch.conf, Mikro-Cache 1 s; statisch: dieselbe Hauptkonfiguration, Dateien von der Platte`],
    ['Last', `${connections} Verbindungen je Seite, autocannon im selben Prozess, App, nginx, Datenbank und Chromium auf denselben 2 Kernen`],
    ['Datenbank', process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'PGlite (eingebettet)'],
    appServerRow(),
  );
  await recordResults('front-load', rows);
  console.log(goals.length ? `\nZiele verfehlt: ${goals.join('; ')}` : '\nZiele erreicht.');
} finally {
  await browser.close();
  await stopStatic();
  await front.stop();
  await app.stop();
}
process.exit(0);
