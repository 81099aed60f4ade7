import compression from 'compression';
import type { RequestHandler } from './request-gate';

/**
 * gzip or Brotli for everything the app sends, as Next's own `compress` would, but outside the handler
 * (next.config.ts turns Next's off): what the handler's wrappers write is compressed after
 * they are done with it (lib/http/plain-public-pages.ts rewrites whole pages).
 */
export function compressResponses(handler: RequestHandler): RequestHandler {
  const compress = compression();
  return (req, res) => {
    // compression calls on at once; the handler's promise is passed up so its errors are not lost.
    let handled: unknown;
    compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => {
      handled = handler(req, res);
    });
    return handled;
  };
}
