import type { IncomingMessage, ServerResponse } from 'node:http';
import { perRequestPagePrefixes } from '@/lib/security/headers';
import type { RequestHandler } from './request-gate';

// Public pages are server components only: their few interactive parts (live search, spoiler
// horizon, audio seeking) are plain scripts of their own (components/site/public-script.ts).
// Next still ships its client runtime with every page and hydrates the page from a copy of
// it in the HTML, which on a phone was all of Lighthouse's blocking time (180–370 ms) and
// two thirds of the bytes of a long page. Listeners get the HTML without them: links are
// plain page loads (from the front's cache in milliseconds), and nothing else changes.
// The studio, sign-in and setup pages, and every request for Next's own payload (client
// navigation from the studio), are left as Next sends them.

const privatePaths = new RegExp(`^/(?:${[...perRequestPagePrefixes, 'api', '_next'].join('|')})(?:/|$)`);

/** Whether a request asks for a public page's HTML (not Next's client-navigation payload). */
export function asksForPublicPage(req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (privatePaths.test(url.pathname) || url.searchParams.has('_rsc')) return false;
  return req.headers.rsc === undefined && req.headers['next-router-prefetch'] === undefined;
}

// What Next adds for its client: its chunks (and their preloads), the inline scripts that
// hand the page's flight data and chunk list to it, and its root marker script. React escapes
// "<" inside the flight data, so none of these contains "</script>" before its own end.
// One pass with one pattern: four separate ones took 0.6 ms on a long page, a third of what
// serving it from Next's cache costs.
const frameworkParts = new RegExp(
  [
    String.raw`<link rel="preload" as="script"[^>]*? href="/_next/[^"]*"[^>]*>`,
    String.raw`<script src="/_next/[^"]*"[^>]*></script>`,
    String.raw`<script>\(?self\.__next_f\b[\s\S]*?</script>`,
    String.raw`<script id="_R_">[\s\S]*?</script>`,
  ].join('|'),
  'g',
);

// Next's empty error shell: for notFound() in a page of a dynamic segment and for a failed
// render, the HTML is only this, and its client renders the 404 or error page from the flight data.
const errorShell = /^<!DOCTYPE html><html id="__next_error__"/i;

/**
 * A public page's HTML without Next's client runtime and hydration data; every other script
 * stays. An error shell is left whole: without its runtime it would stay blank.
 */
export function withoutClientRuntime(html: string): string {
  if (errorShell.test(html)) return html;
  return html.replace(frameworkParts, '');
}

/**
 * Wraps Next's handler: a public page's HTML is collected, stripped of the client runtime and
 * sent in one piece. Everything else passes through untouched. Compression must wrap this
 * from outside (lib/http/compress.ts), so there is text to strip and the length is the new one.
 */
export function servePlainPublicPages(handler: RequestHandler): RequestHandler {
  return (req, res) => {
    if (!asksForPublicPage(req)) return handler(req, res);
    collectHtml(res, (body) => {
      // Next answers HEAD with the length of the page it would have sent, which is not this one's.
      if (req.method === 'HEAD') {
        res.removeHeader('Content-Length');
        return body;
      }
      const html = Buffer.from(withoutClientRuntime(body.toString('utf8')));
      res.setHeader('Content-Length', html.length);
      return html;
    });
    return handler(req, res);
  };
}

type Chunk = string | Buffer | Uint8Array;

/**
 * Holds back an HTML response's body until it ends and sends `rewrite(body)` instead, headers
 * included (they are not sent before). A response of any other type is let through as it
 * comes, from its first write on.
 */
function collectHtml(res: ServerResponse, rewrite: (body: Buffer) => Buffer): void {
  const original = { write: res.write.bind(res), end: res.end.bind(res), flushHeaders: res.flushHeaders.bind(res) };
  const chunks: Buffer[] = [];
  let decided: 'html' | 'other' | null = null;
  const decide = () => {
    if (decided) return decided;
    decided = /^text\/html\b/.test(String(res.getHeader('content-type') ?? '')) && res.statusCode !== 304 ? 'html' : 'other';
    if (decided === 'other') Object.assign(res, original);
    return decided;
  };
  const keep = (chunk: Chunk | null | undefined, encoding?: BufferEncoding) => {
    if (chunk === undefined || chunk === null) return;
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, encoding ?? 'utf8') : Buffer.from(chunk));
  };
  res.flushHeaders = () => {
    if (decide() === 'other') original.flushHeaders();
  };
  res.write = ((...args: unknown[]) => {
    if (decide() === 'other') return (original.write as (...a: unknown[]) => boolean)(...args);
    const done = typeof args.at(-1) === 'function' ? (args.pop() as () => void) : undefined;
    keep(args[0] as Chunk, args[1] as BufferEncoding | undefined);
    if (done) process.nextTick(done);
    return true;
  }) as ServerResponse['write'];
  res.end = ((...args: unknown[]) => {
    if (decide() === 'other') return (original.end as (...a: unknown[]) => ServerResponse)(...args);
    const done = typeof args.at(-1) === 'function' ? (args.pop() as () => void) : undefined;
    keep(args[0] as Chunk | null | undefined, args[1] as BufferEncoding | undefined);
    Object.assign(res, original);
    return res.end(rewrite(Buffer.concat(chunks)), done);
  }) as ServerResponse['end'];
}
