import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '@/lib/db/client';
import { type EmbeddedDatabase, startEmbeddedDatabase } from '@/lib/db/embedded';
import { maintainTables, startMaintenance } from '@/lib/db/maintenance';
import { applyMigrations } from '@/lib/db/migrations';
import { importSeed } from '@/lib/seed/import-seed';
import { freshDatabase, type TestDatabase } from '@/tests/helpers/database';

// PGlite has no autovacuum: the embedded default vacuums and analyzes itself by autovacuum's
// rule (lib/db/maintenance.ts). Always on PGlite, also in CI, since that is where it runs.
describe('maintenance of the embedded database', () => {
  let embedded: EmbeddedDatabase;
  let db: Db;

  beforeAll(async () => {
    embedded = await startEmbeddedDatabase({ dataDir: null });
    await applyMigrations(embedded.url);
    db = createDb(embedded.url, { max: 2 });
  });
  afterAll(async () => {
    await db?.$disconnect();
    await embedded?.close();
  });

  const stats = (table: string) =>
    db.$queryRaw<{ vacuumed: boolean; analyzed: boolean }[]>`
      SELECT last_vacuum IS NOT NULL AS vacuumed, last_analyze IS NOT NULL AS analyzed FROM pg_stat_user_tables WHERE relname = ${table}`.then(
      ([row]) => row,
    );

  it('vacuums and analyzes what an import wrote, then leaves the tables alone until they change again', async () => {
    await importSeed(db);
    const done = await maintainTables(embedded.url);
    // Thousands of postings pass the insert threshold; the 94 episodes only the analyze threshold.
    expect(done).toContainEqual({ relation: 'public."SearchPosting"', vacuum: true });
    expect(done).toContainEqual({ relation: 'public."Episode"', vacuum: false });
    expect(await stats('SearchPosting')).toEqual({ vacuumed: true, analyzed: true });
    expect(await stats('Episode')).toEqual({ vacuumed: false, analyzed: true });
    const [planned] = await db.$queryRaw<{ columns: number }[]>`SELECT count(*)::int AS columns FROM pg_stats WHERE tablename = 'SearchPosting'`;
    expect(planned?.columns).toBeGreaterThan(0);

    expect(await maintainTables(embedded.url)).toEqual([]);
  });

  it('follows the thresholds: analyze after changes, vacuum after dead rows, nothing below them', async () => {
    await db.$executeRawUnsafe('CREATE TABLE "Churn" (id int)');
    await db.$executeRawUnsafe('INSERT INTO "Churn" SELECT generate_series(1, 40)');
    // 40 changed rows: under the analyze threshold of 50.
    expect(await maintainTables(embedded.url)).toEqual([]);
    await db.$executeRawUnsafe('INSERT INTO "Churn" SELECT generate_series(41, 100)');
    expect(await maintainTables(embedded.url)).toEqual([{ relation: 'public."Churn"', vacuum: false }]);
    // 100 rows analyzed: 80 dead rows pass 50 + 0.2 × 100.
    await db.$executeRawUnsafe('DELETE FROM "Churn" WHERE id <= 80');
    expect(await maintainTables(embedded.url)).toEqual([{ relation: 'public."Churn"', vacuum: true }]);
    expect(await stats('Churn')).toEqual({ vacuumed: true, analyzed: true });
  });

  it('leaves a server with autovacuum on to autovacuum', async () => {
    await db.$executeRawUnsafe('CREATE TABLE "Served" (id int)');
    await db.$executeRawUnsafe('INSERT INTO "Served" SELECT generate_series(1, 100)');
    // PGlite reports autovacuum on (it has no workers to run it), as a server with it on does.
    expect(await maintainTables(embedded.url, { unlessAutovacuum: true })).toEqual([]);
    expect(await maintainTables(embedded.url)).toEqual([{ relation: 'public."Served"', vacuum: false }]);
  });

  it('runs on its own timer and stops cleanly', async () => {
    await db.$executeRawUnsafe('CREATE TABLE "Timed" (id int)');
    await db.$executeRawUnsafe('INSERT INTO "Timed" SELECT generate_series(1, 100)');
    const stop = startMaintenance(embedded.url, { intervalMs: 50, firstAfterMs: 0 });
    try {
      await expect.poll(() => stats('Timed'), { timeout: 10_000 }).toEqual({ vacuumed: false, analyzed: true });
    } finally {
      await stop();
    }
  });
});

// The database of the run: a server in CI (whose autovacuum this machine's configuration switches off), PGlite locally.
describe('maintenance of a server', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await freshDatabase();
  });
  afterAll(async () => {
    await database?.cleanup();
  });

  it('acts exactly when the server leaves it to nobody', async () => {
    const [setting] = await database.db.$queryRaw<{ on: boolean }[]>`SELECT current_setting('autovacuum') = 'on' AS on`;
    await database.db.$executeRawUnsafe('CREATE TABLE "Unattended" (id int)');
    await database.db.$executeRawUnsafe('INSERT INTO "Unattended" SELECT generate_series(1, 100)');
    if (setting?.on) {
      expect(await maintainTables(database.url, { unlessAutovacuum: true })).toEqual([]);
      return;
    }
    // Another backend wrote the rows; a server publishes their counts within seconds.
    await expect
      .poll(() => maintainTables(database.url, { unlessAutovacuum: true }), { timeout: 20_000, interval: 500 })
      .toContainEqual({ relation: 'public."Unattended"', vacuum: false });
  });
});
