import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArchiveFromSeed, toImportJson } from '@/bench/lib/generate-recaps';
import { loadCatalog } from '@/lib/catalog/load';
import type { Catalog } from '@/lib/catalog/schema';
import { diffSchemaFromDatabase } from '@/lib/db/migrations';
import type { Tx } from '@/lib/db/types';
import { importRecaps } from '@/lib/importer/import-recaps';
import { freshDatabase, type TestDatabase } from '@/tests/helpers/database';
import { seedSource } from '@/tests/helpers/seed';

// The importer writes recaps in bulk mode (rewatch.bulk_import, see the search_bulk_import
// migration): insert triggers leave the search index alone, one rebuild per batch writes the
// rows, and the lexicon is counted per statement. Whatever it writes must equal what the
// per-row triggers write for the same recaps, and the lexicon must equal the recount of the
// index's words, also across several batches and on top of recaps imported before.

type IndexRow = { recapId: number; document: string; words: string };
type WordRow = { word: string; recaps: number };

let database: TestDatabase;
let catalog: Catalog;
const batchSize = 100;

beforeAll(async () => {
  [database, catalog] = await Promise.all([freshDatabase(), loadCatalog()]);
});
afterAll(async () => {
  await database?.cleanup();
});

const index = (db: TestDatabase['db'] | Tx = database.db) =>
  db.$queryRaw<IndexRow[]>`SELECT "recapId", "document"::text AS "document", "words" FROM "RecapSearch" ORDER BY "recapId"`;
const lexicon = (db: TestDatabase['db'] | Tx = database.db) =>
  db.$queryRaw<WordRow[]>`SELECT "word", "recaps" FROM "SearchWord" ORDER BY "word"`;
const recounted = (db: TestDatabase['db'] | Tx = database.db) =>
  db.$queryRaw<WordRow[]>`
    SELECT word, count(*)::int AS recaps
    FROM "RecapSearch", unnest(string_to_array("words", ' ')) AS word
    GROUP BY word ORDER BY word`;

type PostingDigest = { postings: string; recomputed: string; lexemes: string; recounted: string; count: number };

/**
 * The search postings and lexeme counts (search_postings migration) as digests: what the
 * tables hold, and the same recomputed from the search rows, so a failure prints four hashes
 * instead of a diff of thousands of rows.
 */
const postingDigest = async (db: TestDatabase['db'] | Tx = database.db) => {
  const [row] = await db.$queryRaw<PostingDigest[]>`
    SELECT
      (SELECT md5(coalesce(string_agg(concat_ws(' ', "recapId", "lexeme", "impact"), ',' ORDER BY "recapId", "lexeme"), '')) FROM "SearchPosting") AS postings,
      (SELECT md5(coalesce(string_agg(concat_ws(' ', s."recapId", p.lexeme, p.impact), ',' ORDER BY s."recapId", p.lexeme), ''))
         FROM "RecapSearch" s, rewatch_search_postings(s."document") AS p) AS recomputed,
      (SELECT md5(coalesce(string_agg(concat_ws(' ', "lexeme", "recaps"), ',' ORDER BY "lexeme"), '')) FROM "SearchLexeme") AS lexemes,
      (SELECT md5(coalesce(string_agg(concat_ws(' ', "lexeme", n), ',' ORDER BY "lexeme"), ''))
         FROM (SELECT "lexeme", count(*) AS n FROM "SearchPosting" GROUP BY "lexeme") AS c) AS recounted,
      (SELECT count(*)::int FROM "SearchPosting") AS count`;
  if (!row) throw new Error('no digest');
  return row;
};

/**
 * The index and lexicon as the per-row triggers build them: every search row dropped (the
 * row-level lexicon trigger counts each word down to nothing), then every recap "edited" so
 * its update trigger rebuilds its row alone and counts its words one row at a time. Runs in
 * a transaction that is rolled back, so the database keeps what the importer wrote.
 */
type PerRow = { emptied: WordRow[]; emptiedPostings: PostingDigest; index: IndexRow[]; lexicon: WordRow[]; postings: PostingDigest };

async function rebuiltPerRow(): Promise<PerRow> {
  class Rollback extends Error {
    constructor(readonly result: PerRow) {
      super('rollback');
    }
  }
  try {
    await database.db.$transaction(
      async (tx) => {
        await tx.$executeRaw`DELETE FROM "RecapSearch"`;
        const [emptied, emptiedPostings] = [await lexicon(tx), await postingDigest(tx)];
        await tx.$executeRaw`UPDATE "Recap" SET "plainText" = "plainText"`;
        throw new Rollback({ emptied, emptiedPostings, index: await index(tx), lexicon: await lexicon(tx), postings: await postingDigest(tx) });
      },
      { timeout: 300_000 },
    );
  } catch (error) {
    if (error instanceof Rollback) return error.result;
    throw error;
  }
  throw new Error('unreachable');
}

async function expectSameAsPerRow(): Promise<void> {
  const [bulkIndex, bulkLexicon, recaps, bulkPostings] = await Promise.all([index(), lexicon(), database.db.recap.count(), postingDigest()]);
  expect(bulkIndex).toHaveLength(recaps);
  expect(bulkLexicon).toEqual(await recounted());
  expect(bulkPostings.count).toBeGreaterThan(recaps * 10);
  expect(bulkPostings.postings).toBe(bulkPostings.recomputed);
  expect(bulkPostings.lexemes).toBe(bulkPostings.recounted);
  const perRow = await rebuiltPerRow();
  expect(perRow.emptied).toEqual([]);
  expect(perRow.emptiedPostings).toMatchObject({ count: 0, lexemes: perRow.emptiedPostings.recounted });
  expect(perRow.postings).toEqual(bulkPostings);
  // toEqual on thousands of rows prints a useless diff; the first differing row says more.
  const firstDifference = bulkIndex.findIndex((row, i) => JSON.stringify(row) !== JSON.stringify(perRow.index[i]));
  expect(firstDifference === -1 ? null : { bulk: bulkIndex[firstDifference], perRow: perRow.index[firstDifference] }).toBeNull();
  expect(perRow.index).toHaveLength(bulkIndex.length);
  expect(bulkLexicon).toEqual(perRow.lexicon);
}

describe('the search index after bulk imports', () => {
  it('equals the per-row triggers after the seed import (tags, inbox recaps without episode)', async () => {
    // Into an empty index the postings' indexes are dropped and built after the rows (the
    // search_import_faster migration): a dry run must bring them back, the import must
    // build them exactly as prisma/schema.prisma defines them.
    const source = await seedSource();
    await importRecaps(database.db, source, { catalog, dryRun: true });
    expect(await diffSchemaFromDatabase(database.url)).toBe('');
    const report = await importRecaps(database.db, source, { catalog });
    expect(await diffSchemaFromDatabase(database.url)).toBe('');
    expect(report.counts.published).toBeGreaterThan(0);
    expect(report.counts.inbox).toBeGreaterThan(0);
    await expectSameAsPerRow();
  });

  it('equals the per-row triggers after a second import of several batches on top', async () => {
    // 250 recaps in batches of 100: three batches, most of them sharing words with the seed's recaps.
    const archive = await generateArchiveFromSeed(250, 7);
    const source = { kind: 'json' as const, file: 'gross.json', content: toImportJson(archive) };
    const before = await lexicon();
    const dryRun = await importRecaps(database.db, source, { catalog: archive.catalog, dryRun: true, batchSize });
    expect(dryRun.counts.published + dryRun.counts.draft + dryRun.counts.inbox).toBeGreaterThan(200);
    expect(await lexicon()).toEqual(before);

    const report = await importRecaps(database.db, source, { catalog: archive.catalog, batchSize });
    expect(report.counts.published + report.counts.draft + report.counts.inbox).toBe(
      dryRun.counts.published + dryRun.counts.draft + dryRun.counts.inbox,
    );
    expect((await lexicon()).find((row) => row.word === 'carrie')?.recaps).toBeGreaterThan(
      before.find((row) => row.word === 'carrie')?.recaps ?? 0,
    );
    await expectSameAsPerRow();
  }, 300_000);

  it('leaves bulk mode with the transaction: a tag added afterwards updates the index at once', async () => {
    const recap = await database.db.recap.findFirstOrThrow({
      where: { characters: { none: { character: { slug: 'stanford-blatch' } } }, importHash: { not: null } },
      select: { id: true },
    });
    const stanford = await database.db.character.findFirstOrThrow({ where: { slug: 'stanford-blatch' }, select: { id: true } });
    await database.db.recapCharacter.create({ data: { recapId: recap.id, characterId: stanford.id } });
    const [row] = await database.db.$queryRaw<{ words: string }[]>`SELECT "words" FROM "RecapSearch" WHERE "recapId" = ${recap.id}`;
    expect(row?.words.split(' ')).toContain('stanford');
    expect(await lexicon()).toEqual(await recounted());
  });

  it('counts the lexicon per statement in bulk mode for updates and deletes too', async () => {
    const ids = (await database.db.recap.findMany({ select: { id: true }, orderBy: { id: 'asc' }, take: 300 })).map((r) => r.id);
    await database.db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT set_config('rewatch.bulk_import', 'on', true)`;
      // An update rebuilds at once even in bulk mode; its lexicon change is counted per statement.
      await tx.$executeRaw`UPDATE "Recap" SET "plainText" = "plainText" || ' Stapelwortneu' WHERE "id" = ANY(${ids.slice(0, 200)}::int[])`;
      // A rebuild of recaps that already have a row (the statement's update branch).
      await tx.$executeRaw`SELECT rewatch_refresh_recap_search_bulk(${ids}::int[])`;
      await tx.$executeRaw`DELETE FROM "Recap" WHERE "id" = ANY(${ids.slice(150, 300)}::int[])`;
      // 200 single-row rebuilds, each also rewriting the recap's postings: more than Prisma's default 5 s on a busy machine.
    }, { timeout: 60_000 });
    expect((await lexicon()).find((row) => row.word === 'stapelwortneu')).toEqual({ word: 'stapelwortneu', recaps: 150 });
    const [lexeme] = await database.db.$queryRaw<{ recaps: number }[]>`SELECT "recaps" FROM "SearchLexeme" WHERE "lexeme" = 'stapelwortneu'`;
    expect(lexeme?.recaps).toBe(150);
    await expectSameAsPerRow();
  }, 120_000);
});
