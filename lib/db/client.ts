import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { env, poolSize } from '@/lib/env';

export type Db = PrismaClient;

const pools = new WeakMap<Db, pg.Pool>();

/**
 * A Prisma client over a pg pool with an explicit size and connect timeout, so overload fails
 * fast. The pool is the client's own (closed by $disconnect); poolOf hands it to the few hot
 * reads that skip Prisma (./read-rows.ts), so they share its connections and their limit.
 */
export function createDb(url: string, options: { max?: number; connectionTimeoutMillis?: number } = {}): Db {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? poolSize(),
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? env.DATABASE_CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
  });
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  // Prisma ends the pool only if it connected itself: a client used by readRows alone
  // would otherwise keep its connections, and the process, alive.
  const disconnect = client.$disconnect.bind(client);
  client.$disconnect = async () => {
    await disconnect();
    if (!pool.ended) await pool.end();
  };
  pools.set(client, pool);
  return client;
}

/** The pg pool under a client made by createDb (undefined for any other client). */
export function poolOf(client: Db): pg.Pool | undefined {
  return pools.get(client);
}

const globalForDb = globalThis as unknown as { rewatchDb?: Db; rewatchDbUrl?: string };

/** The URL of the app's database (DATABASE_URL, or what useDb was given). */
export function databaseUrl(): string {
  const url = globalForDb.rewatchDbUrl ?? env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL fehlt. Starte Rewatch mit `npm start`, das die eingebettete Datenbank mitbringt.');
  return url;
}

/** The app's client, created on first use (Next's dev server reloads modules, hence the global). */
export function db(): Db {
  globalForDb.rewatchDb ??= createDb(databaseUrl());
  return globalForDb.rewatchDb;
}

/** Points the app (queries, actions, rate limits) at a database the caller already holds (tests, scripts). */
export function useDb(client: Db, url?: string): void {
  globalForDb.rewatchDb = client;
  globalForDb.rewatchDbUrl = url;
}
