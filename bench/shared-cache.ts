// npx tsx bench/shared-cache.ts [--wait 150]
//
// Two app instances on one PostgreSQL database, as behind a load balancer: a host publishes a
// recap on instance A, and a listener reads the episode on instance B, whose cache held the
// page from before. Measured twice in one run: with each instance's own cache (the baseline:
// B shows the recap only after the pages' one-minute fallback) and with the shared cache in
// Redis (REDIS_URL at build time, cache-handler.mjs: B shows it at once). Needs the machine's
// PostgreSQL (127.0.0.1:5432, or DATABASE_URL) and Redis (127.0.0.1:6379, or REDIS_URL).
// Builds the app twice; not part of `npm test`. Results go to bench/RESULTS.md.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { createScratchDatabase } from '@/lib/db/scratch';
import { type BenchApp, chromiumLaunch, signInHost, startApp } from './lib/app';
import { recordResults } from './lib/results';

const { values } = parseArgs({ options: { wait: { type: 'string', default: '150' } } });
const waitMs = Number(values.wait) * 1_000;
const serverUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
// The season lists each recap with its excerpt; the episode page exists once a recap is public.
const seasonPath = '/staffel/6';
const episodePath = '/episode/s06e07-the-post-it-always-sticks-twice';

/** Polls `url` until its page contains `text`; the milliseconds that took, or null after `waitMs`. */
async function msUntilShown(url: string, text: string, since: number): Promise<number | null> {
  while (Date.now() - since < waitMs) {
    const body = await fetch(url, { signal: AbortSignal.timeout(10_000) }).then((response) => response.text(), () => '');
    if (body.includes(text)) return Date.now() - since;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return null;
}

type Outcome = { mode: string; onA: number | null; onB: number | null; seasonOnB: number | null };

async function run(mode: 'lokal' | 'redis', portA: number, portB: number): Promise<Outcome> {
  const scratch = await createScratchDatabase(serverUrl, 'rewatch_shared_cache');
  const env = {
    DATABASE_URL: scratch.url,
    // Every instance signs and reads the same sessions, as docs/deploy.md asks.
    NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
    REDIS_URL: mode === 'redis' ? redisUrl : undefined,
  };
  const distDir = `.next-shared-cache-${mode}`;
  // A builds; B starts on the same build, as instances of one image do. The host is set up on A
  // first: a start without any host issues a new setup link, which would void A's.
  const a = await startApp({ port: portA, dataDir: `.data/shared-cache-${mode}-a`, distDir, env });
  const browser = await chromium.launch(chromiumLaunch);
  let b: BenchApp | undefined;
  try {
    const page = await browser.newPage();
    await signInHost(page, a);
    b = await startApp({ port: portB, dataDir: `.data/shared-cache-${mode}-b`, distDir, env });
    // Both instances have rendered and cached the season, and answered the episode (404), before the recap exists.
    for (const app of [a, b] as const) {
      const response = await fetch(`${app.base}${seasonPath}`);
      if (!response.ok) throw new Error(`${app.base}${seasonPath}: HTTP ${response.status}`);
      await fetch(`${app.base}${episodePath}`);
    }
    const text = `Veröffentlicht auf Instanz A (${mode}).`;
    await page.goto(`${a.base}/studio`);
    await page.getByRole('link', { name: /^S06E07 / }).click();
    const editor = page.getByRole('textbox', { name: 'Recap-Text' });
    await page.locator('.save-status').filter({ hasText: /^(Live – gespeichert|Noch keine Änderungen|Gespeichert)$/ }).waitFor({ timeout: 60_000 });
    await editor.click();
    await editor.pressSequentially(text);
    await page.locator('.save-status').filter({ hasText: /^(Live – gespeichert|Gespeichert)$/ }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Jetzt veröffentlichen' }).click();
    await page.getByText('veröffentlicht', { exact: true }).first().waitFor({ timeout: 30_000 });
    const published = Date.now();
    const [onA, onB, seasonOnB] = await Promise.all([
      msUntilShown(`${a.base}${episodePath}`, text, published),
      msUntilShown(`${b.base}${episodePath}`, text, published),
      msUntilShown(`${b.base}${seasonPath}`, text, published),
    ]);
    console.log(`${mode}: Folge auf A nach ${onA ?? '–'} ms, auf B nach ${onB ?? '–'} ms, Staffel auf B nach ${seasonOnB ?? '–'} ms`);
    return { mode, onA, onB, seasonOnB };
  } finally {
    await browser.close();
    await Promise.all([a.stop(), b?.stop()]);
    await scratch.drop();
  }
}

const outcomes = [await run('lokal', 3931, 3933), await run('redis', 3941, 3943)];
const shown = (ms: number | null) => (ms === null ? `nicht innerhalb von ${waitMs / 1_000} s` : `${(ms / 1_000).toFixed(1)} s`);
const rows: [string, string][] = outcomes.flatMap((outcome): [string, string][] => {
  const label = outcome.mode === 'redis' ? 'Geteilter Cache (Redis)' : 'Eigener Cache je Instanz (Basis)';
  return [
    [`${label}: veröffentlicht auf A, sichtbar auf A nach`, shown(outcome.onA)],
    [`${label}: Folge sichtbar auf B (vorher 404) nach`, shown(outcome.onB)],
    [`${label}: Staffel auf B (vorher im Cache) zeigt es nach`, shown(outcome.seasonOnB)],
  ];
});
rows.push(['Aufbau', 'zwei Instanzen (npm start mit DATABASE_URL) auf derselben PostgreSQL-Datenbank und demselben Build, Abfrage alle 250 ms']);
await recordResults('shared-cache', rows);
process.exit(0);
