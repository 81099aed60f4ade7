import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, poolOf } from '@/lib/db/client';
import { readRows } from '@/lib/db/read-rows';
import { Prisma } from '@/lib/generated/prisma/client';
import { freshDatabase, type TestDatabase } from '@/tests/helpers/database';

// Search reads go straight to the client's pg pool (lib/db/read-rows.ts); they must give what
// $queryRaw gives, and leave nothing open.
describe('readRows', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await freshDatabase();
  });
  afterAll(async () => {
    await database?.cleanup();
  });

  it('returns the rows and types $queryRaw returns', async () => {
    const statement = Prisma.sql`
      SELECT 9007199254740993::int8 AS big, 7::int AS small, '2026-03-01 23:30:00.250'::timestamp(3) AS at,
        ${['a', 'b']}::text[] AS words, json_build_object('n', 1) AS doc, NULL::text AS nothing`;
    const viaPrisma = await database.db.$queryRaw<unknown[]>(statement);
    const direct = await readRows<unknown>(statement, database.db);
    expect(direct).toEqual(viaPrisma);
    expect(direct).toEqual([
      { big: 9007199254740993n, small: 7, at: new Date('2026-03-01T23:30:00.250Z'), words: ['a', 'b'], doc: { n: 1 }, nothing: null },
    ]);
  });

  it('runs on the pool of the client it is given, and $disconnect closes that pool even if Prisma never connected', async () => {
    const client = createDb(database.url, { max: 1 });
    const pool = poolOf(client);
    expect(pool).toBeDefined();
    const [row] = await readRows<{ backend: number }>(Prisma.sql`SELECT pg_backend_pid() AS backend`, client);
    expect(row?.backend).toBeGreaterThan(0);
    expect(pool?.totalCount).toBe(1);
    await client.$disconnect();
    expect(pool?.ended).toBe(true);
    expect(pool?.totalCount).toBe(0);
  });

  it('reports a bad statement as an error, as $queryRaw does', async () => {
    await expect(readRows(Prisma.sql`SELECT * FROM "NoSuchTable"`, database.db)).rejects.toThrow(/NoSuchTable/);
  });
});
