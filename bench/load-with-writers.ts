// npx tsx bench/load-with-writers.ts [--seconds 60] [--readers 200] [--editors 5]
//
// Readers and writers at once against a production build (scripts/start.ts on port 3901,
// data in .data/bench-load, embedded PGlite unless DATABASE_URL is set): autocannon keeps
// `readers` connections busy on home, episode, character and search pages while `editors`
// headless Chromium pages type into different recaps in the studio, so every save goes
// through the real server action and autosave. At the end each editor is reloaded in a
// fresh context and its text must contain everything typed: an acknowledged save that did
// not reach the database would show up there. Not part of `npm test`.
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import autocannon from 'autocannon';
import { chromiumLaunch, signInHost, startApp } from './lib/app';
import { recordResults } from './lib/results';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '60' }, readers: { type: 'string', default: '200' }, editors: { type: 'string', default: '5' } },
});
const seconds = Number(values.seconds);
const readers = Number(values.readers);
const editors = Number(values.editors);

const pages = [
  { name: 'Startseite', path: '/' },
  { name: 'Folge', path: '/episode/s04e18-i-heart-ny' },
  { name: 'Figur', path: '/figuren/carrie-bradshaw' },
  { name: 'Suche', path: '/suche?q=Hochzeit' },
];

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

type EditorRun = { url: string; typed: string; saves: number; failed: number; statusAtEnd: string };

// Opened before the readers start: under 200 readers a cold editor load (1 MB of JavaScript)
// took longer than Playwright's 30 s navigation timeout on two cores.
async function openEditor(page: Page, url: string): Promise<void> {
  await page.goto(url, { timeout: 120_000 });
}

async function runEditor(page: Page, url: string, index: number, until: number): Promise<EditorRun> {
  const editor = page.getByRole('textbox', { name: 'Recap-Text' });
  await editor.click();
  // Type at the end of the recap, not wherever the click landed.
  await page.keyboard.press('Control+End');
  const run: EditorRun = { url, typed: '', saves: 0, failed: 0, statusAtEnd: '' };
  page.on('response', (response) => {
    const request = response.request();
    if (request.method() !== 'POST' || !request.url().startsWith(url)) return;
    if (response.ok()) run.saves += 1;
    else run.failed += 1;
  });
  for (let i = 0; Date.now() < until; i++) {
    const sentence = `Redaktion ${index} schreibt Satz ${i}. `;
    await editor.pressSequentially(sentence);
    run.typed += sentence;
    // Longer than the autosave debounce, so most sentences become one save each.
    await page.waitForTimeout(1_200);
  }
  const status = page.getByRole('status').filter({ hasText: /^Gespeichert$/ });
  run.statusAtEnd = await status.waitFor({ timeout: 30_000 }).then(() => 'Gespeichert', async () => (await page.getByRole('status').first().textContent()) ?? '?');
  return run;
}

const app = await startApp({ port: 3901, dataDir: '.data/bench-load', distDir: '.next-bench-load' });
const browser = await chromium.launch(chromiumLaunch);
try {
  const host = await browser.newPage();
  await signInHost(host, app);
  const editorUrls: string[] = [];
  for (let i = 1; i <= editors; i++) {
    await host.goto(`${app.base}/studio`);
    await host.getByRole('link', { name: new RegExp(`^S02E${String(i).padStart(2, '0')} `) }).click();
    await host.waitForURL(/\/studio\/folgen\/\d+$/);
    editorUrls.push(host.url());
  }
  const state = await host.context().storageState();
  await host.close();
  const editorPages = await Promise.all(editorUrls.map(async () => (await browser.newContext({ storageState: state })).newPage()));

  await Promise.all(editorPages.map((page, i) => openEditor(page, editorUrls[i] ?? '')));
  console.log(`${readers} Leser auf ${pages.length} Seiten und ${editors} Redaktionen im Studio, ${seconds} s, ${app.base}`);
  const until = Date.now() + seconds * 1_000;
  const perPage = Math.max(1, Math.floor(readers / pages.length));
  const [reads, edits] = await Promise.all([
    Promise.all(pages.map((page) => autocannon({ url: `${app.base}${page.path}`, connections: perPage, duration: seconds }))),
    Promise.all(editorPages.map((page, i) => runEditor(page, editorUrls[i] ?? '', i + 1, until))),
  ]);

  // What the server has now, read through a fresh session: every typed sentence must be there.
  const verified = await Promise.all(
    edits.map(async (run) => {
      const context = await browser.newContext({ storageState: state });
      const page = await context.newPage();
      await page.goto(run.url, { timeout: 120_000 });
      const text = (await page.getByRole('textbox', { name: 'Recap-Text' }).textContent()) ?? '';
      await context.close();
      return normalise(text).includes(normalise(run.typed));
    }),
  );

  const rows: [string, string][] = [];
  reads.forEach((result, i) => {
    // autocannon reports p90 and p97.5, not p95; their mean is the estimate (as in public-load.ts).
    const p95 = (result.latency.p90 + result.latency.p97_5) / 2;
    const errors = result.errors + result.non2xx + result.timeouts;
    rows.push([`Lesen ${pages[i]?.name ?? ''} (${perPage} Verbindungen)`, `${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p95 ≈ ${p95.toFixed(0)} ms, ${errors} Fehler`]);
  });
  const saves = edits.reduce((sum, run) => sum + run.saves, 0);
  const failed = edits.reduce((sum, run) => sum + run.failed, 0);
  rows.push(
    ['Speichervorgänge (Server-Action-Antworten 2xx)', `${saves} (${(saves / seconds).toFixed(1)}/s über ${editors} Redaktionen)`],
    ['Fehlgeschlagene Speichervorgänge', String(failed)],
    ['Status am Ende', edits.map((run) => run.statusAtEnd).join(', ')],
    ['Verloren (getippter Text fehlt nach Neuladen)', `${verified.filter((ok) => !ok).length} von ${editors} Redaktionen`],
    ['Datenbank', process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'PGlite (eingebettet)'],
    ['Maschine', 'App, Chromium und autocannon teilen sich dieselben Kerne'],
  );
  for (const [name, value] of rows) console.log(`${name.padEnd(48)} ${value}`);
  await recordResults(`load-with-writers`, rows);
} finally {
  await browser.close();
  await app.stop();
}
