import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
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

/** The collaboration server's process (npm start restarts it when it dies). */
export function collabPid(): number {
  return Number(readFileSync(path.join(dataDir, 'collab.pid'), 'utf8'));
}

/**
 * The page cannot reach the collaboration server (a proxy without websockets, a dead
 * server): the editor works without live connection, with autosave and conflict handling.
 */
export async function withoutLiveEditing(page: Page): Promise<void> {
  await page.routeWebSocket(/.*/, (socket) => socket.close());
}

/** nginx with deploy/nginx/rewatch.conf in front of the app under test (playwright.config.ts starts it). */
export const frontUrl = `http://localhost:${Number(process.env.E2E_PORT ?? 3100) + 5000}`;
