// npx tsx bench/first-load-js.ts
//
// First-load JavaScript of every public route type and, for comparison, the studio editor,
// from a production build (scripts/start.ts builds into .next-bench-load when needed). Counted
// in headless Chromium as the decoded size of every script the page fetched on a first visit
// with an empty cache (Performance resource entries), plus the transferred (compressed) size.
// Not part of `npm test`.
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

const app = await startApp({ port: 3902, dataDir: '.data/bench-load', distDir: '.next-bench-load' });
const browser = await chromium.launch(chromiumLaunch);
try {
  const measure = async (url: string, storageState?: Awaited<ReturnType<import('@playwright/test').BrowserContext['storageState']>>) => {
    // A new context per page: an empty cache, like a listener's first visit.
    const context = await browser.newContext(storageState ? { storageState } : {});
    const page = await context.newPage();
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    const bytes = await page.evaluate(() => {
      const scripts = performance
        .getEntriesByType('resource')
        .filter((entry): entry is PerformanceResourceTiming => (entry as PerformanceResourceTiming).initiatorType === 'script');
      return { decoded: scripts.reduce((sum, e) => sum + e.decodedBodySize, 0), encoded: scripts.reduce((sum, e) => sum + e.encodedBodySize, 0) };
    });
    await context.close();
    return { status: response?.status() ?? 0, ...bytes };
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
  for (const route of routes) {
    const figures = await measure(`${app.base}${route.path}`);
    rows.push([`${route.name} (${route.path}, HTTP ${figures.status})`, `${kib(figures.decoded)} (übertragen ${kib(figures.encoded)}, ${((figures.decoded / editorDecoded) * 100).toFixed(0)} % des Editors)`]);
  }
  rows.push([`Studio-Editor (/studio/folgen/…, HTTP ${editor.status})`, `${kib(editor.decoded)} (übertragen ${kib(editor.encoded)})`]);
  rows.push(['Messart', 'Chromium, leerer Cache, Summe decodedBodySize aller Skripte bis networkidle; Produktions-Build']);
  for (const [name, value] of rows) console.log(`${name.padEnd(52)} ${value}`);
  await recordResults('first-load-js', rows);
} finally {
  await browser.close();
  await app.stop();
}
