// npx tsx bench/first-load-js.ts
//
// First-load JavaScript of every public route type and, for comparison, the studio editor,
// from a production build (scripts/start.ts builds into .next-bench-load when needed), beside
// a bare Next app-router page of the same Next version (bench/bare-next, hello world, built and
// started with `next build`/`next start`). Counted in headless Chromium on a first visit with an
// empty cache: every script the page fetched, preloaded ones included (Performance resource
// entries; transferred, i.e. compressed (the bare page: gzip by Next; the app: as scripts/serve.ts
// sends it, Brotli for Chromium), and decoded), plus the page's own inline scripts
// (gzip-compressed here; Next's inline RSC payload is page data and not counted). Public pages
// ship no Next runtime at all (lib/http/plain-public-pages.ts). Goal:
// a public episode page at most the bare page + 5 kB compressed. Not part of `npm test`.
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunch, signInHost, startApp } from './lib/app';
import { recordResults } from './lib/results';

const routes = [
  { name: 'Startseite', path: '/' },
  { name: 'Staffel', path: '/staffel/4' },
  { name: 'Folge', path: '/episode/s04e18-i-heart-ny' },
  { name: 'Figur', path: '/figuren/carrie-bradshaw' },
  { name: 'Handlungsstrang', path: '/handlungsstraenge/carrie-und-big' },
  { name: 'Suche', path: '/suche?q=Hochzeit' },
  { name: '404', path: '/gibt-es-nicht' },
];

const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
const bareDir = path.join(import.meta.dirname, 'bare-next');
const barePort = 3905;

function runNext(args: string[]): ChildProcess {
  return spawn(process.execPath, [nextBin, ...args], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'inherit'] });
}

/** Builds and starts the bare page; resolves once it answers. */
async function startBare(): Promise<ChildProcess> {
  console.log(`Baue die leere Next-Seite (${bareDir}) …`);
  const build = runNext(['build', bareDir]);
  build.stdout?.resume();
  const code = await new Promise<number | null>((resolve) => build.once('exit', resolve));
  if (code !== 0) throw new Error(`next build ${bareDir} ist fehlgeschlagen (${code}).`);
  console.log(`Starte sie auf Port ${barePort} …`);
  const server = runNext(['start', bareDir, '--port', String(barePort)]);
  server.stdout?.resume();
  for (let attempt = 0; attempt < 300; attempt++) {
    if (await fetch(`http://127.0.0.1:${barePort}/`, { signal: AbortSignal.timeout(2_000) }).then((response) => response.ok, () => false)) return server;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('Die leere Next-Seite antwortet nicht.');
}

const bare = await startBare();
// Stopped whatever happens next, so no server of a failed run keeps the port.
process.once('exit', () => bare.kill('SIGTERM'));
const app = await startApp({ port: 3902, dataDir: '.data/bench-load', distDir: '.next-bench-load' });
const browser = await chromium.launch(chromiumLaunch);
try {
  const measure = async (url: string, storageState?: Awaited<ReturnType<import('@playwright/test').BrowserContext['storageState']>>) => {
    // A new context per page: an empty cache, like a listener's first visit.
    const context = await browser.newContext(storageState ? { storageState } : {});
    const page = await context.newPage();
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    const bytes = await page.evaluate(() => {
      // Next fetches some chunks through <link rel="preload" as="script"> first (the bare page:
      // React itself; ours: the global error page); the browser records those as initiator
      // "link", and the <script> that runs them reuses that response without an entry of its own.
      const scripts = performance
        .getEntriesByType('resource')
        .filter((entry): entry is PerformanceResourceTiming => {
          const { initiatorType } = entry as PerformanceResourceTiming;
          return initiatorType === 'script' || (initiatorType === 'link' && new URL(entry.name).pathname.endsWith('.js'));
        });
      // The page's own inline code; JSON (structured data) and Next's RSC payload are data.
      const inline = [...document.querySelectorAll('script:not([src])')]
        .filter((script) => !script.getAttribute('type')?.includes('json') && !script.textContent?.includes('self.__next_f'))
        .map((script) => script.textContent ?? '');
      return { decoded: scripts.reduce((sum, e) => sum + e.decodedBodySize, 0), encoded: scripts.reduce((sum, e) => sum + e.encodedBodySize, 0), inline };
    });
    await context.close();
    const inline = bytes.inline.reduce((sum, code) => sum + gzipSync(code).length, 0);
    return { status: response?.status() ?? 0, decoded: bytes.decoded, encoded: bytes.encoded, inline, compressed: bytes.encoded + inline };
  };
  const rows: [string, string][] = [];
  const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
  let editorDecoded = 0;
  const signIn = await browser.newPage();
  await signInHost(signIn, app);
  await signIn.goto(`${app.base}/studio`);
  await signIn.getByRole('link', { name: /^S04E18 / }).click();
  await signIn.waitForURL(/\/studio\/folgen\/\d+$/);
  const editorUrl = signIn.url();
  const state = await signIn.context().storageState();
  await signIn.close();
  const editor = await measure(editorUrl, state);
  editorDecoded = editor.decoded;
  const baseline = await measure(`http://127.0.0.1:${barePort}/`);
  const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  rows.push([`Leere Next-Seite (bench/bare-next, HTTP ${baseline.status})`, `${kib(baseline.decoded)} (komprimiert ${kb(baseline.compressed)})`]);
  let episodeOver = Number.NaN;
  for (const route of routes) {
    const figures = await measure(`${app.base}${route.path}`);
    const over = figures.compressed - baseline.compressed;
    if (route.name === 'Folge') episodeOver = over;
    rows.push([
      `${route.name} (${route.path}, HTTP ${figures.status})`,
      `${kib(figures.decoded)} (komprimiert ${kb(figures.compressed)}, davon inline ${kb(figures.inline)}; ${over >= 0 ? '+' : ''}${kb(over)} gegenüber der leeren Seite; ${((figures.decoded / editorDecoded) * 100).toFixed(0)} % des Editors)`,
    ]);
  }
  const signed = `${episodeOver >= 0 ? '+' : ''}${kb(episodeOver)}`;
  rows.push(['Ziel: Folge ≤ leere Seite + 5 kB komprimiert', episodeOver <= 5_000 ? `erreicht (${signed})` : `verfehlt (${signed})`]);
  rows.push([`Studio-Editor (/studio/folgen/…, HTTP ${editor.status})`, `${kib(editor.decoded)} (übertragen ${kib(editor.encoded)})`]);
  rows.push(['Messart', 'Chromium, leerer Cache, bis networkidle: Skripte (auch per preload geladene) decodedBodySize (komprimiert: encodedBodySize; leere Seite gzip von Next, App Brotli von scripts/serve.ts) plus eigene Inline-Skripte gzip; Produktions-Builds']);
  for (const [name, value] of rows) console.log(`${name.padEnd(52)} ${value}`);
  await recordResults('first-load-js', rows);
} finally {
  await browser.close();
  await app.stop();
  bare.kill('SIGTERM');
}
