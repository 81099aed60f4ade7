import path from 'node:path';
import { env } from '@/lib/env';
import { startEmbeddedDatabase } from './embedded';
import { startMaintenance } from './maintenance';

export type DatabaseConnection = { url: string; embedded: boolean; close: () => Promise<void> };

/**
 * DATABASE_URL when set; otherwise the embedded PGlite in REWATCH_DATA_DIR, served on a
 * loopback port. Either is kept vacuumed and analyzed as autovacuum would (./maintenance.ts):
 * PGlite always, a server only while its autovacuum is off.
 */
export async function connectDatabase(): Promise<DatabaseConnection> {
  if (env.DATABASE_URL) {
    const stop = startMaintenance(env.DATABASE_URL, { unlessAutovacuum: true });
    return { url: env.DATABASE_URL, embedded: false, close: stop };
  }
  const embedded = await startEmbeddedDatabase({ dataDir: path.resolve(env.REWATCH_DATA_DIR) });
  const stopMaintenance = startMaintenance(embedded.url);
  return {
    url: embedded.url,
    embedded: true,
    close: async () => {
      await stopMaintenance();
      await embedded.close();
    },
  };
}

/** Closes `close` once on Ctrl-C or SIGTERM, then exits; PGlite must be shut down cleanly to keep its files intact. */
export function closeOnSignals(close: () => Promise<void>): void {
  let closing = false;
  const handler = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    close()
      .catch((error: unknown) => console.error('Fehler beim Beenden:', error))
      .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
}
