import { createDb, type Db } from '@/lib/db/client';
import { closeOnSignals, connectDatabase } from '@/lib/db/connection';
import { applyMigrations } from '@/lib/db/migrations';

/**
 * For command-line scripts: opens the app's database (DATABASE_URL or the embedded
 * one, which refuses a second process), brings it up to date, runs `work`, and
 * always closes it again, also on Ctrl-C.
 */
export async function withScriptDatabase<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const connection = await connectDatabase();
  closeOnSignals(connection.close);
  const db = createDb(connection.url, { max: 2 });
  try {
    await applyMigrations(connection.url);
    return await work(db);
  } finally {
    await db.$disconnect();
    await connection.close();
  }
}
