import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import getPort from 'get-port';
import lockfile from 'proper-lockfile';
import { SessionQueue } from './session-queue';

export type EmbeddedDatabase = {
  url: string;
  close: () => Promise<void>;
};

export class DataFolderInUseError extends Error {
  constructor(dataDir: string) {
    super(
      `Der Datenordner ${dataDir} wird schon von einem anderen Rewatch-Prozess benutzt. ` +
        'PGlite verträgt nur einen Prozess pro Ordner; beende den anderen Prozess (oder setze DATABASE_URL).',
    );
    this.name = 'DataFolderInUseError';
  }
}

// PGlite is single-user: a second process opening the same folder corrupts it.
// The lock's mtime is refreshed while we run, so a lock left by a killed process
// goes stale after `staleMs` and the next start takes it over.
const staleMs = 4_000;

async function lockDataFolder(dataDir: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dataDir, {
      stale: staleMs,
      update: 1_000,
      // Retried for longer than `staleMs`, so a start right after a crash (SIGKILL, power
      // loss) waits for the dead process's lock to go stale instead of refusing
      // (found by tests/integration/faults/embedded-kill.test.ts).
      retries: { retries: 11, minTimeout: 500, maxTimeout: 500, factor: 1 },
      realpath: false,
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'ELOCKED') throw new DataFolderInUseError(dataDir);
    throw error;
  }
}

/**
 * Starts PGlite on `dataDir` (or in memory when `dataDir` is null) and serves it
 * over the Postgres protocol on a free loopback port, so the app and the schema
 * engine use the same pg driver as with a real server.
 */
export async function startEmbeddedDatabase(options: { dataDir: string | null; port?: number }): Promise<EmbeddedDatabase> {
  let unlock: (() => Promise<void>) | undefined;
  if (options.dataDir) {
    await mkdir(options.dataDir, { recursive: true });
    unlock = await lockDataFolder(path.resolve(options.dataDir));
  }
  try {
    const db = await PGlite.create({
      dataDir: options.dataDir ? path.join(options.dataDir, 'pgdata') : undefined,
      extensions: { pg_trgm, unaccent },
    });
    const port = options.port ?? (await getPort({ host: '127.0.0.1' }));
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 12 });
    // Replaces the server's queue before any connection exists (see session-queue.ts).
    (server as unknown as { queryQueue: SessionQueue }).queryQueue = new SessionQueue(db);
    await server.start();
    let closing: Promise<void> | undefined;
    return {
      url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
      close: () => {
        closing ??= (async () => {
          await server.stop();
          await db.close();
          await unlock?.();
        })();
        return closing;
      },
    };
  } catch (error) {
    await unlock?.();
    throw error;
  }
}
