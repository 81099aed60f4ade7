// The server of bench/connection-fairness.ts, in a process of its own like Next beside the
// load generator: every request costs WORK_MS of CPU in 1 ms slices with a turn of the event
// loop between them, as a streaming render yields; GATE > 0 puts lib/http/request-gate.ts in front.
import http from 'node:http';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { gateRequests, type RequestHandler } from '@/lib/http/request-gate';

const work = Number(process.env.WORK_MS);
const gate = Number(process.env.GATE);
const body = 'x'.repeat(30_000);

const handler: RequestHandler = async (_req, res) => {
  for (let slice = 0; slice < work; slice++) {
    const end = performance.now() + 1;
    while (performance.now() < end);
    await nextTurn();
  }
  res.end(body);
};

http
  .createServer(gate > 0 ? gateRequests(handler, gate) : handler)
  .listen(Number(process.env.PORT), '127.0.0.1', () => console.log('bereit'));
