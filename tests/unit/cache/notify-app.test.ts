import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { listingChange, textChange } from '@/lib/cache/public-change';
import { createPublicRefresher, publicRefreshPath } from '@/lib/cache/notify-app';
import { verifyInternal } from '@/lib/security/internal-signature';

const secret = 'ein-test-geheimnis-mit-mindestens-32-zeichen';
let server: Server | undefined;

afterEach(() => {
  server?.close();
  server = undefined;
});

/** A stand-in for the app's route: records each request's path and whether its signature holds. */
async function app(status = 200) {
  const received: { path: string; valid: boolean; change: unknown }[] = [];
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const valid = verifyInternal(body, String(request.headers['x-rewatch-signature'] ?? ''), secret) !== null;
      received.push({ path: request.url ?? '', valid, change: (JSON.parse(body) as { change: unknown }).change });
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

describe('the public refresh after edits of public recaps', () => {
  it('sends a signed request at once, then at most one per interval with every change since, however often hosts type', async () => {
    const { url, received } = await app();
    const log: string[] = [];
    const refresher = createPublicRefresher({ appUrl: url, secret, intervalMs: 3_000, log: (message) => log.push(message) });
    refresher.changed(textChange(1));
    await until(() => received.length === 1);
    expect(received).toEqual([{ path: publicRefreshPath, valid: true, change: { kind: 'text', episodeIds: [1] } }]);
    for (let i = 0; i < 10; i++) refresher.changed(textChange(2 + (i % 2)));
    await wait(300);
    expect(received).toHaveLength(1);
    await until(() => received.length === 2);
    await wait(500);
    expect(received).toHaveLength(2);
    expect(received[1]?.change).toEqual({ kind: 'text', episodeIds: [2, 3] });
    expect(log).toEqual([]);
  }, 15_000);

  it('sends nothing more once what was waiting has been sent', async () => {
    const { url, received } = await app();
    const refresher = createPublicRefresher({ appUrl: url, secret, intervalMs: 200, log: () => {} });
    refresher.changed(listingChange);
    await until(() => received.length === 1);
    await refresher.flush();
    await wait(600);
    expect(received.map((request) => request.change)).toEqual([{ kind: 'listing' }]);
  });

  it('sends what is waiting when the server stops, and logs an app that refuses or is gone instead of throwing', async () => {
    const { url, received } = await app(503);
    const log: string[] = [];
    const refresher = createPublicRefresher({ appUrl: url, secret, intervalMs: 10_000, log: (message) => log.push(message) });
    refresher.changed(textChange(1));
    await until(() => received.length === 1);
    refresher.changed(listingChange);
    await refresher.flush();
    await until(() => received.length === 2);
    await until(() => log.some((line) => line.includes('HTTP 503')));

    const gone = createPublicRefresher({ appUrl: 'http://127.0.0.1:9', secret, log: (message) => log.push(message) });
    gone.changed(textChange(1));
    await gone.flush();
    await until(() => (log.at(-1) ?? '').includes('nicht erreichbar'));
  });
});
