import { defineConfig } from '@playwright/test';

// The app under test runs on its own port, data folder and build folder, so a
// developer's running `npm start` and its data are never touched.
// E2E_PORT lets several people (or agents) run the suite side by side.
const port = Number(process.env.E2E_PORT ?? 3100);
// nginx with deploy/nginx/rewatch.conf in front of that app (tests/e2e/front.spec.ts): 3300 → 8300.
const frontPort = port + 5000;
const dataDir = `.data/e2e-${port}`;
const databaseUrl = process.env.DATABASE_URL;
if (databaseUrl && !['localhost', '127.0.0.1', '[::1]'].includes(new URL(databaseUrl).hostname)) {
  throw new Error(`Die End-to-End-Tests laufen nur gegen eine lokale Datenbank, nicht gegen ${new URL(databaseUrl).hostname}.`);
}

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: `test-results/e2e-${port}`,
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'de-DE',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'setup', testMatch: /setup\/.*\.setup\.ts/ },
    { name: 'browser', testMatch: /.*\.spec\.ts/, dependencies: ['setup'] },
  ],
  webServer: [
    {
      // A fresh embedded database per run (or the CI database from DATABASE_URL).
      command: `node -e "require('fs').rmSync('${dataDir}',{recursive:true,force:true})" && npx tsx scripts/start.ts`,
      url: `http://127.0.0.1:${port}/`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      env: {
        PORT: String(port),
        REWATCH_DATA_DIR: dataDir,
        REWATCH_DIST_DIR: `.next-e2e-${port}`,
        NEXT_TELEMETRY_DISABLED: '1',
      },
    },
    {
      command: 'npx tsx scripts/front.ts',
      url: `http://127.0.0.1:${frontPort}/`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      // SIGTERM lets scripts/front.ts stop nginx (master and workers) before it exits.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
      env: { PORT: String(port), FRONT_PORT: String(frontPort) },
    },
  ],
});
