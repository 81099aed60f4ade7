// The server of bench/connection-fairness.ts, in a process of its own like Next beside the
// load generator: every request costs WORK_MS of CPU and is answered without waiting for
// anything, as Next answers a cached page; GATE > 0 puts lib/http/request-gate.ts in front.
import http from 'node:http';
import { gateRequests, type RequestHandler } from '@/lib/http/request-gate';

const work = Number(process.env.WORK_MS);
const gate = Number(process.env.GATE);
const body = 'x'.repeat(30_000);

const handler: RequestHandler = (_req, res) => {
  const end = performance.now() + work;
  while (performance.now() < end);
  res.end(body);
};

http
  .createServer(gate > 0 ? gateRequests(handler, gate) : handler)
  .listen(Number(process.env.PORT), '127.0.0.1', () => console.log('bereit'));
