import type { IncomingMessage, ServerResponse } from 'node:http';
import { setImmediate as laterTurn } from 'node:timers/promises';
import pLimit from 'p-limit';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

/**
 * Lets at most `limit` requests into `handler` at once, and at most `limit` start in one turn
 * of the event loop; the others wait their turn in the order they arrived, and one whose
 * client has gone while it waited is dropped.
 *
 * Why: since libuv 1.45 (Node 20) a listening socket accepts one connection per event-loop
 * turn (libuv/libuv#3696). Node reads every ready socket in the same turn and Next answers a
 * cached page without waiting for anything, so under load one turn served every waiting
 * request (200 connections × 2–3 ms: turns of half a second, 2 accepts a second), and
 * connections opened meanwhile sat in the kernel's accept queue until their clients gave up
 * (bench/connection-fairness.ts, bench/load-with-writers.ts). Started in a later turn (the
 * check phase) and a few at a time, requests leave every turn short: connections are accepted
 * at once and served first come, first served, at the same throughput (one thread either way).
 */
export function gateRequests(handler: RequestHandler, limit: number, maxHoldMs = 30_000): RequestHandler {
  const run = pLimit(limit);
  return (req, res) =>
    run(async () => {
      await laterTurn();
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
