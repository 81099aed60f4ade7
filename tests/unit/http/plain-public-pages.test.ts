import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { compressResponses } from '@/lib/http/compress';
import { asksForPublicPage, servePlainPublicPages, withoutClientRuntime } from '@/lib/http/plain-public-pages';
import type { RequestHandler } from '@/lib/http/request-gate';

// The shape of a page as Next 16 sends it: its chunks and their preload in the head, our
// spoiler script, the page, JSON-LD, our public script, then Next's chunk list and flight data.
const ours = {
  font: '<link rel="preload" href="/_next/static/media/text.woff2" as="font" crossorigin="" type="font/woff2"/>',
  css: '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
  spoiler: '<script>(function(){var K="rewatch:gesehen-bis";})()</script>',
  jsonLd: '<script type="application/ld+json">{"@type":"TVEpisode","name":"I Heart NY"}</script>',
  public: '<script>(function(){document.documentElement.dataset.js="1"})()</script>',
  feed: '<link rel="alternate" type="application/rss+xml" href="/feed.xml" title="Rewatch"/>',
};
const page = [
  '<!DOCTYPE html><html lang="de"><head><meta charSet="utf-8"/>',
  ours.font,
  ours.css,
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/28na230kljzu5.js"/>',
  '<script src="/_next/static/chunks/1i93lhw7kcuz0.js" async=""></script>',
  ours.spoiler,
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>',
  ours.feed,
  '</head><body><main id="inhalt"><h1>I Heart NY</h1><p>Carrie &amp; Big</p>',
  `<p>${'Carrie sitzt am Fenster und schreibt. '.repeat(60)}</p></main>`,
  ours.jsonLd,
  ours.public,
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"]})</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:[\\"$\\",\\"p\\",null,{\\"children\\":\\"\\u003c/script\\u003e\\"}]"])</script>',
  '</body></html>',
].join('');

describe('withoutClientRuntime', () => {
  it('drops Next’s chunks, their preload, its chunk list and the flight data, and keeps everything of ours', () => {
    const plain = withoutClientRuntime(page);
    expect(plain).not.toContain('/_next/static/chunks/1i93lhw7kcuz0.js');
    expect(plain).not.toContain('as="script"');
    expect(plain).not.toContain('__next_f');
    expect(plain).not.toContain('TURBOPACK');
    expect(plain).not.toMatch(/<script[^>]*src=/);
    for (const part of Object.values(ours)) expect(plain).toContain(part);
    expect(plain).toContain('<h1>I Heart NY</h1><p>Carrie &amp; Big</p>');
    expect(plain.endsWith('</body></html>')).toBe(true);
  });

  it('leaves Next’s error shell whole, whose client renders the 404 of a missing episode or character', () => {
    const shell = `<!DOCTYPE html><html id="__next_error__"><head><meta charSet="utf-8"/></head><body><div hidden=""></div><script src="/_next/static/chunks/a.js" async=""></script><script>self.__next_f.push([1,"x"])</script></body></html>`;
    expect(withoutClientRuntime(shell)).toBe(shell);
  });

  it('leaves a page without Next’s scripts as it is', () => {
    const bare = `<html><head>${ours.spoiler}</head><body><p>Hallo</p>${ours.public}</body></html>`;
    expect(withoutClientRuntime(bare)).toBe(bare);
  });
});

describe('asksForPublicPage', () => {
  const ask = (url: string, method = 'GET', headers: IncomingMessage['headers'] = {}) => asksForPublicPage({ url, method, headers });

  it('takes the public pages, searches included', () => {
    for (const url of ['/', '/episode/s04e18-i-heart-ny', '/figuren/carrie-bradshaw', '/suche?q=Hochzeit', '/staffel/4']) expect(ask(url)).toBe(true);
    expect(ask('/', 'HEAD')).toBe(true);
  });

  it('leaves the studio, sign-in, setup, invitations, the API, Next’s files and other methods alone', () => {
    for (const url of ['/studio', '/studio/recaps/4', '/anmelden', '/einrichten/abc', '/einladung/xyz', '/api/auth/session', '/_next/static/chunks/a.js']) {
      expect(ask(url)).toBe(false);
    }
    expect(ask('/', 'POST')).toBe(false);
  });

  it('leaves Next’s client-navigation payload alone (from the studio, a link to a public page)', () => {
    expect(ask('/episode/s04e18-i-heart-ny', 'GET', { rsc: '1' })).toBe(false);
    expect(ask('/episode/s04e18-i-heart-ny?_rsc=1x2y', 'GET')).toBe(false);
    expect(ask('/', 'GET', { rsc: '1', 'next-router-prefetch': '1' })).toBe(false);
  });
});

const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** The stack of scripts/serve.ts around a stand-in for Next's handler. */
async function serve(handler: RequestHandler): Promise<string> {
  const server = http.createServer(compressResponses(servePlainPublicPages(handler)));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A raw request, so the body is read as sent (fetch would unpack gzip). */
function request(url: string, options: { method?: string; headers?: Record<string, string> } = {}) {
  return new Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }>((resolve, reject) => {
    http
      .request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject)
      .end();
  });
}

// Both ways Next sends a page: a cached one in one piece with its length, a rendered one streamed.
const inOnePiece: RequestHandler = (req, res) => {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(page));
  res.setHeader('ETag', '"abc"');
  res.end(req.method === 'HEAD' ? null : page);
};
const streamed: RequestHandler = (_req, res: ServerResponse) => {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.flushHeaders();
  const half = Math.floor(page.length / 2);
  res.write(Buffer.from(page.slice(0, half)));
  setTimeout(() => {
    res.write(page.slice(half));
    res.end();
  }, 10);
};

describe('servePlainPublicPages', () => {
  it('sends a public page without the client runtime, with its own length and the headers Next set', async () => {
    for (const handler of [inOnePiece, streamed]) {
      const base = await serve(handler);
      const answer = await request(`${base}/episode/s04e18-i-heart-ny`);
      expect(answer.status).toBe(200);
      expect(answer.body.toString()).toBe(withoutClientRuntime(page));
      expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
      expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    }
  });

  it('gzips the stripped page when the client takes gzip, with the compressed length', async () => {
    for (const handler of [inOnePiece, streamed]) {
      const base = await serve(handler);
      const answer = await request(`${base}/`, { headers: { 'Accept-Encoding': 'gzip, deflate' } });
      expect(answer.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(answer.body).toString()).toBe(withoutClientRuntime(page));
      if (answer.headers['content-length'] !== undefined) expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    }
  });

  it('answers HEAD without a length that belongs to the unstripped page', async () => {
    const base = await serve(inOnePiece);
    const answer = await request(`${base}/`, { method: 'HEAD' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-length']).toBeUndefined();
    expect(answer.headers.etag).toBe('"abc"');
  });

  it('passes studio pages, non-HTML answers and 304s through untouched', async () => {
    const base = await serve((req, res) => {
      if (req.url === '/feed.xml') {
        res.setHeader('Content-Type', 'application/rss+xml');
        res.end('<rss><script src="/_next/x.js"></script></rss>');
      } else if (req.url === '/nicht-geaendert') {
        res.statusCode = 304;
        res.end();
      } else {
        inOnePiece(req, res);
      }
    });
    const studio = await request(`${base}/studio`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gunzipSync(studio.body).toString()).toBe(page);
    const feed = await request(`${base}/feed.xml`);
    expect(feed.body.toString()).toBe('<rss><script src="/_next/x.js"></script></rss>');
    const unchanged = await request(`${base}/nicht-geaendert`);
    expect(unchanged.status).toBe(304);
    expect(unchanged.body.length).toBe(0);
  });
});
