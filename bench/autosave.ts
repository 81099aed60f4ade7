// npx tsx bench/autosave.ts [--saves 30]
//
// Starts Rewatch on its own port with a fresh embedded database (or DATABASE_URL),
// creates the first host, and types into a recap in headless Chromium. It measures
// the autosave round trip (the server action's request until its response, as the
// browser sees it) and the JavaScript the public episode page and the studio editor
// ship. Figures are printed and appended to bench/RESULTS.md.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { percentile, recordResults } from './lib/results';

const { values } = parseArgs({ options: { saves: { type: 'string', default: '30' } } });
const saves = Number(values.saves);
const port = 3811;
const base = `http://localhost:${port}`;
const dataDir = '.data/bench-autosave';
const launch = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

async function startApp(): Promise<ChildProcess> {
  await rm(dataDir, { recursive: true, force: true });
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: { ...process.env, PORT: String(port), REWATCH_DATA_DIR: dataDir, REWATCH_DIST_DIR: '.next-bench' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Rewatch läuft')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`App beendet mit ${code}`)));
  });
  return child;
}

async function signIn(page: Page): Promise<void> {
  const link = (await readFile(path.join(dataDir, 'setup-link.txt'), 'utf8')).trim();
  await page.goto(link);
  await page.getByLabel('Name').fill('Bench');
  await page.getByLabel('E-Mail').fill('bench@rewatch.test');
  await page.getByLabel('Passwort', { exact: true }).fill('bench-passwort-1');
  await page.getByLabel('Passwort wiederholen').fill('bench-passwort-1');
  await page.getByRole('button', { name: 'Host-Zugang anlegen' }).click();
  await page.waitForURL(/anmelden/);
  await page.getByLabel('E-Mail').fill('bench@rewatch.test');
  await page.getByLabel('Passwort').fill('bench-passwort-1');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL(/\/studio$/);
}

/** Bytes of JavaScript a page loads on a first visit (decoded size of every script it fetched). */
async function scriptBytes(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'networkidle' });
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'script')
      .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).decodedBodySize, 0),
  );
}

const app = await startApp();
const browser = await chromium.launch(launch);
try {
  const listener = await browser.newPage();
  const publicJs = await scriptBytes(listener, `${base}/episode/s04e18-i-heart-ny`);
  await listener.close();
  const page = await browser.newPage();
  await signIn(page);
  await page.goto(`${base}/studio`);
  await page.getByRole('link', { name: /^S01E01 / }).click();
  await page.waitForURL(/\/studio\/folgen\/\d+$/);
  const studioUrl = page.url();
  const studioJs = await scriptBytes(await browser.newPage({ storageState: await page.context().storageState() }), studioUrl);

  const editor = page.getByRole('textbox', { name: 'Recap-Text' });
  await editor.click();
  const roundTrips: number[] = [];
  const finished: Promise<unknown>[] = [];
  page.on('response', (response) => {
    const request = response.request();
    if (request.method() !== 'POST' || !request.url().startsWith(studioUrl)) return;
    // A server action answers with a stream; its timing is complete once the body has arrived.
    finished.push(
      response.body().then(
        () => {
          const timing = request.timing();
          roundTrips.push(timing.responseEnd - timing.requestStart);
        },
        () => undefined,
      ),
    );
  });
  // One sentence, then a pause longer than the autosave debounce: one save each.
  for (let i = 0; i < saves; i++) {
    await editor.pressSequentially(`Satz ${i}. `);
    await page.waitForTimeout(1_500);
  }
  await page.getByRole('status').filter({ hasText: /^Gespeichert$/ }).waitFor({ timeout: 20_000 });
  await Promise.race([Promise.all(finished), new Promise((resolve) => setTimeout(resolve, 10_000))]);
  const rows: [string, string][] = [
    ['Autosave-Rundlauf Median', `${percentile(roundTrips, 50).toFixed(1)} ms`],
    ['Autosave-Rundlauf p95', `${percentile(roundTrips, 95).toFixed(1)} ms`],
    ['Speichervorgänge', String(roundTrips.length)],
    ['Datenbank', process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'PGlite (eingebettet)'],
    ['JavaScript öffentliche Folgenseite', `${(publicJs / 1024).toFixed(0)} KiB`],
    ['JavaScript Studio-Editor', `${(studioJs / 1024).toFixed(0)} KiB`],
    ['Verhältnis Folgenseite / Editor', (publicJs / studioJs).toFixed(2)],
  ];
  for (const [name, value] of rows) console.log(`${name.padEnd(36)} ${value}`);
  await recordResults('autosave', rows);
} finally {
  await browser.close();
  app.kill('SIGTERM');
}
