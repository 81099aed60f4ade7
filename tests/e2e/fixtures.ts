import { readFileSync } from 'node:fs';
import path from 'node:path';

export const host = { name: 'Chris', email: 'chris@rewatch.test', password: 'cosmopolitan-1998' };
export const hostState = 'test-results/.auth/host.json';

/** The one-time setup link `npm start` printed (and kept in the data folder) for the server under test. */
export function setupLink(): string {
  const port = process.env.E2E_PORT ?? '3100';
  return readFileSync(path.join(`.data/e2e-${port}`, 'setup-link.txt'), 'utf8').trim();
}
