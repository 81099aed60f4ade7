import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { startEmbeddedDatabase } from './embedded';

export type ScratchDatabase = { url: string; drop: () => Promise<void> };

/**
 * A fresh, empty database: an in-memory PGlite when `serverUrl` is undefined,
 * otherwise a new database on that PostgreSQL server.
 */
export async function createScratchDatabase(serverUrl: string | undefined, prefix = 'rewatch_scratch'): Promise<ScratchDatabase> {
  if (!serverUrl) {
    const embedded = await startEmbeddedDatabase({ dataDir: null });
    return { url: embedded.url, drop: embedded.close };
  }
  const name = `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
      await cleanup.connect();
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}
