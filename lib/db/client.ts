import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { env, poolSize } from '@/lib/env';

export type Db = PrismaClient;

/** A Prisma client over pg with an explicit pool size and connect timeout, so overload fails fast. */
export function createDb(url: string, options: { max?: number; connectionTimeoutMillis?: number } = {}): Db {
  const adapter = new PrismaPg({
    connectionString: url,
    max: options.max ?? poolSize(),
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? env.DATABASE_CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { rewatchDb?: Db };

/** The app's client, created on first use (Next's dev server reloads modules, hence the global). */
export function db(): Db {
  if (!globalForDb.rewatchDb) {
    if (!env.DATABASE_URL) {
      throw new Error('DATABASE_URL fehlt. Starte Rewatch mit `npm start`, das die eingebettete Datenbank mitbringt.');
    }
    globalForDb.rewatchDb = createDb(env.DATABASE_URL);
  }
  return globalForDb.rewatchDb;
}

/** Points the app's queries at a client the caller already holds (tests, scripts). */
export function useDb(client: Db): void {
  globalForDb.rewatchDb = client;
}
