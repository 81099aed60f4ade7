import type { Catalog } from '@/lib/catalog/schema';
import { mentionFinder, suggestStorylines } from '@/lib/characters/find-mentions';
import type { Db } from '@/lib/db/client';
import type { Tx } from '@/lib/db/types';
import { documentFromText, excerptOf, plainTextOf, storedBody } from '@/lib/recaps/document';
import { toSlug } from '@/lib/text/slug';
import { type Outcome, type PlannedRecap, classifyEntries, hashRecapText } from './classify';
import { type ImportEntry, ImportFileError } from './entry';
import { parseRecapJson } from './parse-json';
import { parseRecapMap } from './parse-map';
import { parseRecapLines } from './parse-text';
import { type CatalogCounts, syncCatalog } from './sync-catalog';

export type ImportSource =
  | { kind: 'text'; file: string; content: string; map?: { file: string; content: string } }
  | { kind: 'json'; file: string; content: string };

export type ImportReport = {
  dryRun: boolean;
  outcomes: Outcome[];
  counts: Record<Outcome['kind'], number>;
  catalog: CatalogCounts;
};

export const importAuthor = 'Import';

class DryRunRollback extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run');
  }
}

/** Reads the source into entries; mapping rows are merged into the lines they name. */
export function readImportSource(source: ImportSource): ImportEntry[] {
  if (source.kind === 'json') return parseRecapJson(source.content, source.file);
  const entries = parseRecapLines(source.content, source.file);
  if (!source.map) return entries;
  const rows = parseRecapMap(source.map.content, source.map.file);
  const byLine = new Map(entries.map((entry) => [entry.line, entry]));
  for (const row of rows.values()) {
    const entry = byLine.get(row.line);
    if (!entry) throw new ImportFileError(source.map.file, null, `ordnet Zeile ${row.line} zu, die in ${source.file} leer ist oder fehlt`);
    Object.assign(entry, { season: row.season, episode: row.episode, confidence: row.confidence, note: row.note });
  }
  return entries;
}

type Lookup = { characterId: (key: string) => number | undefined; storylineId: (key: string) => number | undefined };

async function tagLookup(tx: Tx, showId: number) {
  const characters = await tx.character.findMany({
    where: { showId },
    select: { id: true, name: true, shortName: true, aliases: true, slug: true },
  });
  const storylines = await tx.storyline.findMany({
    where: { showId },
    select: { id: true, title: true, slug: true, characters: { select: { characterId: true } } },
  });
  const characterKeys = new Map<string, number>();
  for (const c of characters) for (const key of [c.name, c.shortName, c.slug, ...c.aliases]) characterKeys.set(key.toLowerCase(), c.id);
  const storylineKeys = new Map<string, number>();
  for (const s of storylines) for (const key of [s.title, s.slug, toSlug(s.title)]) storylineKeys.set(key.toLowerCase(), s.id);
  const lookup: Lookup = {
    characterId: (key) => characterKeys.get(key.toLowerCase()),
    storylineId: (key) => storylineKeys.get(key.toLowerCase()),
  };
  const arcs = storylines.map((s) => ({ id: s.id, characterIds: s.characters.map((c) => c.characterId) }));
  return { mentionedIn: mentionFinder(characters), arcs, lookup };
}

function manualTags(entry: ImportEntry, lookup: Lookup, file: string) {
  const resolve = (keys: string[] | undefined, find: (key: string) => number | undefined, what: string) =>
    (keys ?? []).map((key) => {
      const id = find(key);
      if (id === undefined) throw new ImportFileError(file, null, `Recap ${entry.line}: ${what} „${key}“`);
      return id;
    });
  return {
    characters: resolve(entry.characters, lookup.characterId, 'unbekannte Figur'),
    storylines: resolve(entry.storylines, lookup.storylineId, 'unbekannter Handlungsstrang'),
  };
}

/** Recaps written per batch: one statement per table and one search rebuild each. */
export const defaultBatchSize = 1_000;

type RecapRows = { recap: PlannedRecap; body: ReturnType<typeof storedBody>; plainText: string; characters: TagRow[]; storylines: TagRow[] };
type TagRow = { id: number; source: 'MANUAL' | 'SUGGESTED' };

/** Everything a recap writes, worked out before the first row goes in (an unknown tag fails the file here). */
function recapRows(planned: PlannedRecap[], tags: Awaited<ReturnType<typeof tagLookup>>, file: string): RecapRows[] {
  const { mentionedIn, arcs, lookup } = tags;
  return planned.map((recap) => {
    const manual = manualTags(recap.entry, lookup, file);
    const mentioned = mentionedIn(recap.entry.text).filter((id) => !manual.characters.includes(id));
    const arcIds = suggestStorylines([...manual.characters, ...mentioned], arcs).filter((id) => !manual.storylines.includes(id));
    const doc = documentFromText(recap.entry.text);
    const tagged = (manualIds: number[], suggestedIds: number[]): TagRow[] => [
      ...manualIds.map((id) => ({ id, source: 'MANUAL' as const })),
      ...suggestedIds.map((id) => ({ id, source: 'SUGGESTED' as const })),
    ];
    return {
      recap,
      body: storedBody(doc),
      plainText: plainTextOf(doc),
      characters: tagged(manual.characters, mentioned),
      storylines: tagged(manual.storylines, arcIds),
    };
  });
}

/**
 * Writes the recaps in batches: per batch one INSERT into each table (rows passed as arrays,
 * so a batch is a handful of statements whatever its size), then one rebuild of the batch's
 * search rows and lexicon; the search postings of all batches follow in one statement. The transaction-local setting rewatch.bulk_import tells the insert
 * triggers to leave the search index to that rebuild, and the lexicon to count per statement
 * (see the search_bulk_import migration), instead of rebuilding a recap's row once for the
 * recap and again for every tag, each time rewriting the counts of all its words.
 */
async function writeRecaps(tx: Tx, planned: PlannedRecap[], showId: number, file: string, now: Date, batchSize: number): Promise<void> {
  if (planned.length === 0) return;
  const rows = recapRows(planned, await tagLookup(tx, showId), file);
  // Timestamps as Prisma writes them: UTC wall time in a column without time zone.
  const utc = (date: Date) => date.toISOString();
  await tx.$executeRaw`SELECT set_config('rewatch.bulk_import', 'on', true)`;
  const written: number[] = [];
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const bodies = batch.map((row) => JSON.stringify(row.body));
    const created = await tx.$queryRaw<{ id: number; importHash: string }[]>`
      INSERT INTO "Recap" ("episodeId", "status", "body", "plainText", "excerpt", "publishedAt", "importHash", "importNote", "updatedAt")
      SELECT e, s, b::jsonb, p, x, CASE WHEN s = 'PUBLISHED' THEN ${utc(now)}::timestamp(3) END, h, n, ${utc(new Date())}::timestamp(3)
      FROM unnest(
        ${batch.map((row) => row.recap.episodeId)}::int[],
        ${batch.map((row) => row.recap.status)}::"RecapStatus"[],
        ${bodies}::text[],
        ${batch.map((row) => row.plainText)}::text[],
        ${batch.map((row) => excerptOf(row.plainText))}::text[],
        ${batch.map((row) => row.recap.hash)}::text[],
        ${batch.map((row) => row.recap.note)}::text[]
      ) AS t(e, s, b, p, x, h, n)
      RETURNING "id", "importHash"`;
    const idOfHash = new Map(created.map((row) => [row.importHash, row.id]));
    const ids = batch.map((row) => {
      const id = idOfHash.get(row.recap.hash);
      if (id === undefined) throw new Error(`${file}: Recap ${row.recap.entry.line} wurde nicht angelegt`);
      return id;
    });
    // Copied from the rows just written: the bodies are not sent and parsed a second time.
    await tx.$executeRaw`
      INSERT INTO "RecapRevision" ("recapId", "version", "status", "body", "plainText", "author", "createdAt")
      SELECT r."id", 1, r."status", r."body", r."plainText", ${importAuthor}, ${utc(now)}::timestamp(3)
      FROM "Recap" r WHERE r."id" = ANY(${ids}::int[])`;
    const tags = (pick: (row: RecapRows) => TagRow[]) => {
      const pairs = batch.flatMap((row, i) => pick(row).map((tag) => ({ recapId: ids[i], ...tag })));
      return { recapIds: pairs.map((pair) => pair.recapId), tagIds: pairs.map((pair) => pair.id), sources: pairs.map((pair) => pair.source) };
    };
    const characters = tags((row) => row.characters);
    await tx.$executeRaw`
      INSERT INTO "RecapCharacter" ("recapId", "characterId", "source")
      SELECT * FROM unnest(${characters.recapIds}::int[], ${characters.tagIds}::int[], ${characters.sources}::"TagSource"[])`;
    const storylines = tags((row) => row.storylines);
    await tx.$executeRaw`
      INSERT INTO "RecapStoryline" ("recapId", "storylineId", "source")
      SELECT * FROM unnest(${storylines.recapIds}::int[], ${storylines.tagIds}::int[], ${storylines.sources}::"TagSource"[])`;
    await tx.$executeRaw`SELECT rewatch_refresh_recap_search_bulk(${ids}::int[])`;
    written.push(...ids);
  }
  // Once for the whole import, in index order (see the search_postings migration), or into
  // an empty index without its indexes, built afterwards (search_import_faster migration); the
  // sort of a large import's postings fits in memory instead of spilling to disk.
  await tx.$executeRaw`SELECT set_config('work_mem', '256MB', true)`;
  await tx.$executeRaw`SELECT rewatch_search_postings_bulk(${written}::int[])`;
  await tx.$executeRaw`SELECT set_config('rewatch.bulk_import', 'off', true)`;
}

function countOutcomes(outcomes: Outcome[]): ImportReport['counts'] {
  const counts = { published: 0, draft: 0, inbox: 0, duplicate: 0, intro: 0, unchanged: 0 };
  for (const outcome of outcomes) counts[outcome.kind] += 1;
  return counts;
}

/**
 * How long the import's transaction may stay open: two minutes plus a per-row allowance
 * several times what a row costs on the slower database (PGlite, measured with
 * bench/search-scale.ts), so a large file is not cut off but a stuck one still ends.
 */
export function transactionTimeout(rows: number): number {
  return 120_000 + rows * 5;
}

/**
 * Imports recaps in one transaction: the catalog first (episodes, characters,
 * storylines), then every recap as classified. A malformed file raises an
 * ImportFileError before anything is committed; a dry run rolls everything back
 * and reports what would have happened. Running it again changes nothing.
 */
export async function importRecaps(
  db: Db,
  source: ImportSource,
  options: { catalog: Catalog; dryRun?: boolean; now?: Date; batchSize?: number },
): Promise<ImportReport> {
  const entries = readImportSource(source);
  const now = options.now ?? new Date();
  try {
    return await db.$transaction(
      async (tx) => {
        const { showId, created } = await syncCatalog(tx, options.catalog);
        const episodes = await tx.episode.findMany({
          where: { showId },
          select: { id: true, number: true, season: { select: { number: true } }, recap: { select: { id: true } } },
        });
        const hashes = entries.map((entry) => hashRecapText(entry.text));
        // One array parameter: an `in` list of 100 000 hashes would be as many bind parameters.
        const imported = await tx.$queryRaw<{ importHash: string }[]>`
          SELECT "importHash" FROM "Recap" WHERE "importHash" = ANY(${hashes}::text[])`;
        const { outcomes, recaps } = classifyEntries(entries, {
          file: source.file,
          episodes: episodes.map((e) => ({ id: e.id, season: e.season.number, number: e.number, hasRecap: e.recap !== null })),
          importedHashes: new Set(imported.map((recap) => recap.importHash)),
        });
        await writeRecaps(tx, recaps, showId, source.file, now, options.batchSize ?? defaultBatchSize);
        const report: ImportReport = { dryRun: Boolean(options.dryRun), outcomes, counts: countOutcomes(outcomes), catalog: created };
        if (options.dryRun) throw new DryRunRollback(report);
        return report;
      },
      { timeout: transactionTimeout(entries.length + options.catalog.episodes.episodes.length), maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof DryRunRollback) return error.report;
    throw error;
  }
}
