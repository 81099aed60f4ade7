import pg from 'pg';
import type { Prisma } from '@/lib/generated/prisma/client';
import { type Db, db, poolOf } from './client';

const int8 = 20;
const timestamp = 1114;

// The types $queryRaw gives: int8 as bigint, and a timestamp without time zone as the UTC wall
// time Prisma writes (pg would read it as local time). Everything else as pg parses it.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === int8) return (value: string) => BigInt(value);
    if (oid === timestamp) return (value: string) => new Date(`${value.replace(' ', 'T')}Z`);
    return pg.types.getTypeParser(oid, format);
  }) as pg.CustomTypesConfig['getTypeParser'],
};

/**
 * A read statement run straight on the client's pool: $queryRaw's rows without its overhead,
 * which was a millisecond of a five-millisecond search at 100 000 recaps (measured by
 * alternating both in one process; bench/search-scale.ts). Only for hot reads (search): every
 * other statement goes through Prisma, and so does this one under a client createDb did not make.
 */
export async function readRows<T>(sql: Prisma.Sql, client: Db = db()): Promise<T[]> {
  const pool = poolOf(client);
  if (!pool) return client.$queryRaw<T[]>(sql);
  const result = await pool.query<T & pg.QueryResultRow>({ text: sql.text, values: sql.values, types });
  return result.rows;
}
