import { readFileSync } from 'node:fs';
import path from 'node:path';

// Everything of one run lives in the data folder of its port (see playwright.config.ts),
// so suites running side by side never read or delete each other's files.
const dataDir = `.data/e2e-${process.env.E2E_PORT ?? '3100'}`;

export const host = { name: 'Chris', email: 'chris@rewatch.test', password: 'cosmopolitan-1998' };
export const hostState = path.join(dataDir, 'host-session.json');

/** The one-time setup link `npm start` printed (and kept in the data folder) for the server under test. */
export function setupLink(): string {
  return readFileSync(path.join(dataDir, 'setup-link.txt'), 'utf8').trim();
}
