// The shipped nginx configuration (deploy/nginx/rewatch.conf), run by the real nginx exactly as
// `npm run front` runs it, in front of a small stand-in for the app whose answers and request
// counts the tests control: what is cached, for how long, what never is, and what passes through.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import getPort, { portNumbers } from 'get-port';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import WebSocket from 'ws';
import { env } from '@/lib/env';
import { findNginx } from '@/lib/front/nginx';
import { maxCopyAgeMs, startFront } from '@/lib/front/rewatch-front';

type Reply = { status?: number; headers?: Record<string, string>; body?: string; delayMs?: number };
type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string; raw: Buffer };

const seen = new Map<string, number>();
const lastHeaders = new Map<string, http.IncomingHttpHeaders>();
let reply: (path: string, request: http.IncomingMessage) => Reply = () => ({});
let version = 1;

const upstream = http.createServer((request, response) => {
  const path = request.url ?? '/';
  seen.set(path, (seen.get(path) ?? 0) + 1);
  lastHeaders.set(path, request.headers);
  const answer = reply(path, request);
  setTimeout(() => {
    response.writeHead(answer.status ?? 200, { 'Content-Type': 'text/html; charset=utf-8', ...answer.headers });
    response.end(answer.body ?? `<p>${path} v${version} ${'Recap '.repeat(200)}</p>`);
  }, answer.delayMs ?? 0);
});
const collab = new WebSocketServer({ port: 0, host: '127.0.0.1' });
collab.on('connection', (socket, request) => {
  socket.send(JSON.stringify({ url: request.url, origin: request.headers.origin, cookie: request.headers.cookie }));
  socket.on('message', (data) => socket.send(`echo:${String(data)}`));
});

let frontPort = 0;
let front: Awaited<ReturnType<typeof startFront>> | undefined;
const nginx = await findNginx();

function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port: frontPort, path, method, headers: { Host: 'localhost', ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const raw = Buffer.concat(chunks);
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: raw.toString('utf8'), raw });
      });
    });
    request.once('error', reject);
    request.end();
  });
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// CI installs nginx (.ci/run); elsewhere these tests need Debian's package.
describe.skipIf(!nginx && !env.CI)('nginx in front of the app (deploy/nginx/rewatch.conf)', () => {
  beforeAll(async () => {
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    frontPort = await getPort({ port: portNumbers(8380, 8399) });
    const ports = { front: frontPort, app: (upstream.address() as AddressInfo).port, collab: (collab.address() as AddressInfo).port };
    front = await startFront({ ports, prefix: `.front/test-${frontPort}`, stdio: 'ignore' });
  });
  afterAll(async () => {
    await front?.stop();
    upstream.close();
    collab.close();
  });
  beforeEach(() => {
    reply = () => ({});
    version = 1;
  });

  it('keeps a public page for about a second: one request reaches the app, the next ones are hits', async () => {
    const first = await get('/episode/s01e01');
    const second = await get('/episode/s01e01');
    expect(first.headers['x-cache-status']).toBe('MISS');
    expect(second.headers['x-cache-status']).toBe('HIT');
    expect(second.body).toBe(first.body);
    expect(seen.get('/episode/s01e01')).toBe(1);
    // Next's s-maxage=60 is for a CDN; the front keeps its own short validity.
    reply = () => ({ headers: { 'Cache-Control': 's-maxage=60, stale-while-revalidate=31535940' } });
    await get('/staffel/1');
    version = 2;
    await wait(maxCopyAgeMs + 100);
    const later = await get('/staffel/1');
    expect(later.body).toContain('v2');
    expect(later.headers['x-cache-status']).toBe('EXPIRED');
  });

  it('keeps the query string in the key, so every search is its own page', async () => {
    const one = await get('/suche?q=Hochzeit');
    const other = await get('/suche?q=Paris');
    expect(one.body).toContain('/suche?q=Hochzeit');
    expect(other.body).toContain('/suche?q=Paris');
    expect(other.headers['x-cache-status']).toBe('MISS');
    expect((await get('/suche?q=Hochzeit')).headers['x-cache-status']).toBe('HIT');
  });

  it('lets one request refresh an expired page while the others get the previous copy', async () => {
    await get('/figuren/carrie');
    await wait(maxCopyAgeMs + 100);
    version = 2;
    reply = () => ({ delayMs: 600 });
    const answers = await Promise.all([get('/figuren/carrie'), wait(100).then(() => Promise.all(Array.from({ length: 10 }, () => get('/figuren/carrie'))))]);
    const [refreshing, others] = answers;
    expect(refreshing.body).toContain('v2');
    expect(others.every((answer) => answer.headers['x-cache-status'] === 'UPDATING' && answer.body.includes('v1'))).toBe(true);
    expect(seen.get('/figuren/carrie')).toBe(2);
  });

  it('sends a page that is not cached yet to the app once, however many ask at the same moment', async () => {
    reply = () => ({ delayMs: 400 });
    const answers = await Promise.all(Array.from({ length: 20 }, () => get('/handlungsstraenge/carrie-und-big')));
    expect(answers.every((answer) => answer.status === 200 && answer.body === answers[0]?.body)).toBe(true);
    expect(seen.get('/handlungsstraenge/carrie-und-big')).toBe(1);
  });

  it.each(['/studio', '/studio/folgen/3', '/anmelden', '/einrichten/abc', '/einladung/abc', '/api/auth/session'])(
    'never caches %s and passes its per-request CSP nonce through unchanged',
    async (path) => {
      let nonce = 0;
      reply = () => ({ headers: { 'Content-Security-Policy': `script-src 'nonce-n${++nonce}'` } });
      const first = await get(path);
      const second = await get(path);
      expect([first.headers['x-cache-status'], second.headers['x-cache-status']]).toEqual(['BYPASS', 'BYPASS']);
      expect(first.headers['content-security-policy']).not.toBe(second.headers['content-security-policy']);
      expect(second.headers['content-security-policy']).toBe(`script-src 'nonce-n${nonce}'`);
      expect(seen.get(path)).toBe(2);
    },
  );

  it('never stores a response that sets a cookie or calls itself private', async () => {
    const cookie: Record<string, string> = { 'Set-Cookie': 'a=b; Path=/' };
    const private_: Record<string, string> = { 'Cache-Control': 'private, no-cache, no-store' };
    reply = (path) => ({ headers: path === '/mit-cookie' ? cookie : private_ });
    for (const path of ['/mit-cookie', '/privat']) {
      const statuses = [(await get(path)).headers['x-cache-status'], (await get(path)).headers['x-cache-status'], (await get(path)).headers['x-cache-status']];
      expect(statuses).toEqual(['MISS', 'MISS', 'MISS']);
      expect(seen.get(path)).toBe(3);
    }
    expect((await get('/mit-cookie')).headers['set-cookie']).toEqual(['a=b; Path=/']);
  });

  it('never answers a request with a session cookie from the cache, nor keeps its answer for others', async () => {
    reply = (_path, request) => ({ body: request.headers.cookie?.includes('session-token') ? 'für Chris' : 'für alle' });
    await get('/figuren');
    for (const cookie of ['next-auth.session-token=eyJ', '__Secure-next-auth.session-token=eyJ', 'theme=dark; next-auth.session-token.0=eyJ']) {
      const signedIn = await get('/figuren', { Cookie: cookie });
      expect(signedIn.headers['x-cache-status']).toBe('BYPASS');
      expect(signedIn.body).toBe('für Chris');
    }
    const anonymous = await get('/figuren');
    expect(anonymous.headers['x-cache-status']).toBe('HIT');
    expect(anonymous.body).toBe('für alle');
    // Other cookies (none of the app's) do not make a page private.
    expect((await get('/figuren', { Cookie: 'theme=dark' })).headers['x-cache-status']).toBe('HIT');
  });

  it('passes server actions through', async () => {
    const answer = await get('/episode/s02e01', { 'Next-Action': 'abc123' });
    const again = await get('/episode/s02e01', { 'Next-Action': 'abc123' });
    expect([answer.headers['x-cache-status'], again.headers['x-cache-status']]).toEqual(['BYPASS', 'BYPASS']);
    expect((await get('/episode/s02e01', {}, 'POST')).headers['x-cache-status']).toBeUndefined();
  });

  it('serves /_next/static with immutable caching and compression, gzip and (with the module) Brotli', async () => {
    const path = '/_next/static/chunks/app.js';
    reply = () => ({ headers: { 'Content-Type': 'application/javascript', 'Cache-Control': 'public, max-age=0' }, body: 'console.log("Rewatch");\n'.repeat(200) });
    const plain = await get(path);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const gzip = await get(path, { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['x-cache-status']).toBe('HIT');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.raw).toString()).toBe(plain.body);
    if (front?.brotli) {
      const br = await get(path, { 'Accept-Encoding': 'br' });
      expect(br.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(br.raw).toString()).toBe(plain.body);
    }
    expect(seen.get(path)).toBe(1);
    // The app's own compression is left to nginx, so the cache holds one copy for every client.
    expect(lastHeaders.get(path)?.['accept-encoding']).toBeUndefined();
  });

  it('compresses pages too', async () => {
    expect((await get('/feed.xml', { 'Accept-Encoding': 'gzip' })).headers['content-encoding']).toBe('gzip');
  });

  it('replaces the client’s X-Forwarded-For and keeps the host it asked for', async () => {
    await get('/ueber', { 'X-Forwarded-For': '203.0.113.9', Host: 'rewatch.example' });
    expect(lastHeaders.get('/ueber')?.['x-forwarded-for']).toBe('127.0.0.1');
    expect(lastHeaders.get('/ueber')?.host).toBe('rewatch.example');
  });

  it('does not let the outside reach the internal refresh route', async () => {
    const answer = await get('/api/intern/oeffentlich-aktualisieren', {}, 'POST');
    expect(answer.status).toBe(404);
    expect(answer.body).toContain('Diese Adresse gibt es hier nicht.');
    expect(seen.has('/api/intern/oeffentlich-aktualisieren')).toBe(false);
  });

  it('proxies the collaboration WebSocket with its Origin and cookie', async () => {
    const socket = new WebSocket(`ws://127.0.0.1:${frontPort}/collab`, { headers: { Origin: 'http://localhost:3000', Cookie: 'next-auth.session-token=eyJ' } });
    const messages: string[] = [];
    socket.on('message', (data) => messages.push(String(data)));
    await new Promise<void>((resolve, reject) => socket.once('open', () => resolve()).once('error', reject));
    socket.send('hallo');
    await expect.poll(() => messages.length).toBe(2);
    expect(JSON.parse(messages[0] ?? '{}')).toEqual({ url: '/collab', origin: 'http://localhost:3000', cookie: 'next-auth.session-token=eyJ' });
    expect(messages[1]).toBe('echo:hallo');
    socket.close();
  });

  // Last: the stand-in for the app stops.
  it('keeps serving the last copy when the app is down, and answers in German where there is none', async () => {
    await get('/staffel/2');
    upstream.close();
    upstream.closeAllConnections();
    await wait(maxCopyAgeMs + 100);
    const stale = await get('/staffel/2');
    expect(stale.status).toBe(200);
    expect(stale.headers['x-cache-status']).toBe('STALE');
    const answer = await get('/gibt-es-noch-nicht');
    expect(answer.status).toBe(503);
    expect(answer.headers['retry-after']).toBe('5');
    expect(answer.body).toContain('Rewatch ist gerade nicht erreichbar');
  });
});
