import type { IncomingMessage, ServerResponse } from 'node:http';
import pLimit from 'p-limit';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

/**
 * Lets at most `limit` requests into `handler` at once; the others wait their turn in the
 * order they arrived, and one whose client has gone while it waited is dropped.
 *
 * Why: since libuv 1.45 (Node 20) a listening socket accepts one connection per event-loop
 * turn (libuv/libuv#3696). With hundreds of requests being rendered at once every turn is
 * long, so connections opened while the server is busy sit in the kernel's accept queue for
 * tens of seconds while the connections accepted first keep being served (measured by
 * bench/connection-fairness.ts). With few requests in the handler each turn stays short,
 * every connection is accepted at once and the waiting requests are served first come, first
 * served. Throughput is the same: the process has one thread either way.
 */
export function gateRequests(handler: RequestHandler, limit: number, maxHoldMs = 30_000): RequestHandler {
  const run = pLimit(limit);
  return (req, res) =>
    run(async () => {
      if (req.socket.destroyed) return;
      // The slot is held until the response is sent or its connection closes, not until the
      // handler's promise settles: Next keeps work running after the response (revalidating a
      // stale page, after()), which must not keep the next request out. A response that takes
      // longer than maxHoldMs gives its slot back and goes on outside the limit.
      const closed = new Promise<void>((resolve) => res.once('close', () => resolve()));
      void Promise.resolve()
        .then(() => handler(req, res))
        .catch((error: unknown) => {
          console.error(`Anfrage ${req.method} ${req.url} fehlgeschlagen:`, error);
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
          res.end('Interner Fehler.');
        });
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([closed, new Promise<void>((resolve) => (timer = setTimeout(resolve, maxHoldMs)))]);
      clearTimeout(timer);
    });
}
