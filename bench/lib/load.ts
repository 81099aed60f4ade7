// Load from autocannon with exact percentiles: autocannon's own summary has p90, p97.5 and
// p99 but no p95, so every response time is collected and the percentiles are taken here.
import autocannon from 'autocannon';
import { percentile } from './results';

export type LoadFigures = { requests: number; rps: number; p50: number; p95: number; p99: number; errors: number; errorKinds: string };

/** What the errors were: timeouts, refused connections and each non-2xx status apart. */
function errorKindsOf(result: autocannon.Result): string {
  const kinds = [
    ...(result.timeouts ? [`${result.timeouts} Zeitüberschreitungen`] : []),
    ...(result.errors - result.timeouts ? [`${result.errors - result.timeouts} Verbindungsfehler`] : []),
    ...Object.entries(result.statusCodeStats ?? {})
      .filter(([code]) => !code.startsWith('2'))
      .map(([code, stat]) => `${stat.count ?? 0} × ${code}`),
  ];
  return kinds.join(', ');
}

export function runLoad(options: { url: string; connections: number; seconds: number }): Promise<LoadFigures> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon({ url: options.url, connections: options.connections, duration: options.seconds }, (error, result) => {
      if (error) return reject(error);
      resolve({
        requests: result.requests.total,
        rps: result.requests.total / options.seconds,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        // Refused connections and timeouts (autocannon counts them in `errors`) count as much as a 5xx.
        errors: result.errors + result.non2xx,
        errorKinds: errorKindsOf(result),
      });
    });
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
}

export const formatLoad = (f: LoadFigures) =>
  `${f.rps.toFixed(0)} req/s, p50 ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms, p99 ${f.p99.toFixed(1)} ms, ${f.errors} Fehler${f.errorKinds ? ` (${f.errorKinds})` : ''}`;
