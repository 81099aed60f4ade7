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
