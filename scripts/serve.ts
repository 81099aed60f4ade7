// The app's HTTP server in production (`npm start` runs it in place of `next start`): Next's
// own request handler, as `next start` runs it, behind lib/http/request-gate.ts so that under
// load every connection is accepted and served in turn, with public pages sent as plain HTML
// (lib/http/plain-public-pages.ts). Needs a build (`next build`) and
// NODE_ENV=production, both of which scripts/start.ts provides.
import http from 'node:http';
import next from 'next';
import { runScript } from '@/lib/cli/run-script';
import { env } from '@/lib/env';
import { compressResponses } from '@/lib/http/compress';
import { servePlainPublicPages } from '@/lib/http/plain-public-pages';
import { gateRequests } from '@/lib/http/request-gate';

runScript(async () => {
  const server = http.createServer();
  const app = next({ dev: false, dir: process.cwd(), port: env.PORT, httpServer: server });
  await app.prepare();
  server.on('request', gateRequests(compressResponses(servePlainPublicPages(app.getRequestHandler())), env.REQUEST_CONCURRENCY));
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(env.PORT, () => resolve()));

  const stop = async () => {
    server.close();
    server.closeIdleConnections();
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  return new Promise<never>(() => {});
});
