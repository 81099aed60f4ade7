import { EventEmitter } from 'node:events';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setImmediate } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gateRequests, type RequestHandler } from '@/lib/http/request-gate';

const servers: http.Server[] = [];

async function serve(handler: RequestHandler, limit: number, maxHoldMs?: number): Promise<string> {
  const server = http.createServer(gateRequests(handler, limit, maxHoldMs));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  vi.restoreAllMocks();
});

const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('request gate', () => {
  it('lets only `limit` requests in at once and the others in the order they came', async () => {
    const held: { path: string; res: ServerResponse }[] = [];
    const base = await serve((req, res) => void held.push({ path: req.url ?? '', res }), 2);
    const answers = ['/1', '/2', '/3', '/4'].map(async (path, i) => {
      await new Promise((resolve) => setTimeout(resolve, i * 20));
      return (await fetch(base + path)).text();
    });
    await until(() => held.length === 2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(held.map((entry) => entry.path)).toEqual(['/1', '/2']);

    held[1]?.res.end('zwei');
    await until(() => held.length === 3);
    expect(held[2]?.path).toBe('/3');
    for (const entry of [held[0], held[2]]) entry?.res.end(entry.path);
    await until(() => held.length === 4);
    held[3]?.res.end('vier');
    expect(await Promise.all(answers)).toEqual(['/1', 'zwei', '/3', 'vier']);
  });

  it('starts requests after the loop has read its sockets, at most `limit` in one turn, even when each is answered at once', async () => {
    // As Node delivers them: several requests in one poll phase; each answered without waiting (a cached page).
    const started: string[] = [];
    const gated = gateRequests((req, res) => {
      started.push(req.url ?? '');
      res.end();
    }, 2);
    for (const url of ['/1', '/2', '/3', '/4', '/5']) {
      const res = Object.assign(new EventEmitter(), { headersSent: false, end: () => void res.emit('close') });
      gated({ url, method: 'GET', socket: { destroyed: false } } as unknown as IncomingMessage, res as unknown as ServerResponse);
    }
    await Promise.resolve();
    await Promise.resolve();
    expect(started).toEqual([]);
    const perTurn: number[] = [];
    for (let turn = 0; turn < 3; turn++) {
      const before = started.length;
      await setImmediate();
      perTurn.push(started.length - before);
    }
    expect(perTurn).toEqual([2, 2, 1]);
    expect(started).toEqual(['/1', '/2', '/3', '/4', '/5']);
  });

  it('frees the slot when the client hangs up, and skips a request whose client left while it waited', async () => {
    const seen: string[] = [];
    const base = await serve((req, res) => {
      seen.push(req.url ?? '');
      if (req.url === '/frei') res.end('ok');
    }, 1);
    const stuck = new AbortController();
    const first = fetch(`${base}/haengt`, { signal: stuck.signal }).catch(() => 'abgebrochen');
    await until(() => seen.length === 1);
    const gone = new AbortController();
    const second = fetch(`${base}/geht`, { signal: gone.signal }).catch(() => 'abgebrochen');
    await new Promise((resolve) => setTimeout(resolve, 50));
    gone.abort();
    expect(await second).toBe('abgebrochen');
    await new Promise((resolve) => setTimeout(resolve, 50));
    stuck.abort();
    expect(await first).toBe('abgebrochen');

    expect(await (await fetch(`${base}/frei`)).text()).toBe('ok');
    expect(seen).toEqual(['/haengt', '/frei']);
  });

  it('frees the slot when the response is sent, though the handler goes on working afterwards', async () => {
    const base = await serve((req, res) => {
      res.end(req.url);
      return new Promise(() => {}); // like Next revalidating a stale page after answering
    }, 1);
    const answers = await Promise.all(['/1', '/2', '/3'].map(async (path) => (await fetch(base + path)).text()));
    expect(answers).toEqual(['/1', '/2', '/3']);
  });

  it('gives the slot of a response that takes too long back, so the next request gets in', async () => {
    const base = await serve((req, res) => {
      if (req.url === '/schnell') res.end('schnell');
    }, 1, 100);
    void fetch(`${base}/haengt`).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await (await fetch(`${base}/schnell`)).text()).toBe('schnell');
  });

  it('answers 500 with a message when the handler throws, and goes on serving', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const base = await serve(async (req, res) => {
      if (req.url === '/kaputt') throw new Error('Absturz beim Rendern');
      res.end('heil');
    }, 1);
    const broken = await fetch(`${base}/kaputt`);
    expect(broken.status).toBe(500);
    expect(await broken.text()).toBe('Interner Fehler.');
    expect(await (await fetch(`${base}/heil`)).text()).toBe('heil');
  });
});
