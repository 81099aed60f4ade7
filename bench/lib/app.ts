// Shared by the browser benches: start Rewatch via scripts/start.ts on its own port, data
// folder and build folder, and sign in as a host, created through the one-time setup link
// (as on a first install) when the database has none yet.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import type { Page } from '@playwright/test';
import { env } from '@/lib/env';

export type BenchApp = {
  base: string;
  dataDir: string;
  child: ChildProcess;
  /** What the app prints (stdout and stderr), also passed through to this process's. */
  output: PassThrough;
  stop: () => Promise<void>;
};

export const chromiumLaunch = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

const email = 'bench@rewatch.test';
const password = 'bench-passwort-1';

/** For the results: how the app server admits requests (scripts/serve.ts, lib/http/request-gate.ts). */
export function appServerRow(): [string, string] {
  return ['App-Server', `scripts/serve.ts, höchstens ${env.REQUEST_CONCURRENCY} Anfragen zugleich in Next (REQUEST_CONCURRENCY)`];
}

export async function startApp(options: { port: number; dataDir: string; distDir: string; env?: Record<string, string | undefined> }): Promise<BenchApp> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: { ...process.env, ...options.env, PORT: String(options.port), REWATCH_DATA_DIR: options.dataDir, REWATCH_DIST_DIR: options.distDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = new PassThrough();
  child.stdout?.on('data', (chunk: Buffer) => output.write(chunk));
  child.stderr?.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    output.write(chunk);
  });
  output.resume();
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Rewatch läuft')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`App beendet mit ${code}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      // SIGTERM lets scripts/start.ts close PGlite cleanly, so the folder can be reused.
      child.kill('SIGTERM');
    });
  return { base: `http://localhost:${options.port}`, dataDir: options.dataDir, child, output, stop };
}

async function signIn(page: Page, app: BenchApp): Promise<boolean> {
  await page.goto(`${app.base}/anmelden`);
  await page.getByLabel('E-Mail').fill(email);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  return page.waitForURL(/\/studio$/, { timeout: 15_000 }).then(
    () => true,
    () => false,
  );
}

/**
 * Signs in as the bench's host, creating it first through the one-time setup link when the
 * database has none yet: `npm start` wrote a fresh link then, because no host exists. Asking
 * the database rather than a marker file also works for a new database behind DATABASE_URL.
 */
export async function signInHost(page: Page, app: BenchApp): Promise<void> {
  if (await signIn(page, app)) return;
  const link = (await readFile(path.join(app.dataDir, 'setup-link.txt'), 'utf8')).trim();
  await page.goto(link);
  await page.getByLabel('Name').fill('Bench');
  await page.getByLabel('E-Mail').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(password);
  await page.getByLabel('Passwort wiederholen').fill(password);
  await page.getByRole('button', { name: 'Host-Zugang anlegen' }).click();
  await page.waitForURL(/anmelden/);
  if (!(await signIn(page, app))) throw new Error('Anmeldung als Bench-Host fehlgeschlagen.');
}
