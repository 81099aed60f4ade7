import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createPublicRefresher, publicRefreshPath } from '@/lib/collab/public-refresh';
import { verifyInternal } from '@/lib/security/internal-signature';

const secret = 'ein-test-geheimnis-mit-mindestens-32-zeichen';
let server: Server | undefined;

afterEach(() => {
  server?.close();
  server = undefined;
});

/** A stand-in for the app's route: records each request's path and whether its signature holds. */
async function app(status = 200) {
  const received: { path: string; valid: boolean }[] = [];
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ path: request.url ?? '', valid: verifyInternal(body, String(request.headers['x-rewatch-signature'] ?? ''), secret) !== null });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, received };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Polls: the requests go over real sockets, whose timing a busy test machine stretches. */
async function until(check: () => boolean, timeoutMs = 8_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('nicht eingetreten');
    await wait(20);
  }
}

describe('the public refresh from the collaboration server', () => {
  it('sends a signed request at once, then at most one per interval however often hosts type', async () => {
    const { url, received } = await app();
    const log: string[] = [];
    const refresher = createPublicRefresher({ appUrl: url, secret, intervalMs: 3_000, log: (message) => log.push(message) });
    refresher.changed();
    await until(() => received.length === 1);
    expect(received).toEqual([{ path: publicRefreshPath, valid: true }]);
    for (let i = 0; i < 10; i++) refresher.changed();
    await wait(300);
    expect(received).toHaveLength(1);
    await until(() => received.length === 2);
    await wait(500);
    expect(received).toHaveLength(2);
    expect(log).toEqual([]);
  }, 15_000);

  it('sends what is waiting when the server stops, and logs an app that refuses or is gone instead of throwing', async () => {
    const { url, received } = await app(503);
    const log: string[] = [];
    const refresher = createPublicRefresher({ appUrl: url, secret, intervalMs: 10_000, log: (message) => log.push(message) });
    refresher.changed();
    await until(() => received.length === 1);
    refresher.changed();
    await refresher.flush();
    await until(() => received.length === 2);
    await until(() => log.some((line) => line.includes('HTTP 503')));

    const gone = createPublicRefresher({ appUrl: 'http://127.0.0.1:9', secret, log: (message) => log.push(message) });
    gone.changed();
    await gone.flush();
    await until(() => (log.at(-1) ?? '').includes('nicht erreichbar'));
  });
});
