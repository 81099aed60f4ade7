import type { Catalog } from '@/lib/catalog/schema';
import { findMentionedCharacters, suggestStorylines } from '@/lib/characters/find-mentions';
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
  return { characters, arcs, lookup };
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

async function writeRecaps(tx: Tx, planned: PlannedRecap[], showId: number, file: string, now: Date): Promise<void> {
  const { characters, arcs, lookup } = await tagLookup(tx, showId);
  for (const recap of planned) {
    const manual = manualTags(recap.entry, lookup, file);
    const mentioned = findMentionedCharacters(recap.entry.text, characters).filter((id) => !manual.characters.includes(id));
    const arcIds = suggestStorylines([...manual.characters, ...mentioned], arcs).filter((id) => !manual.storylines.includes(id));
    const doc = documentFromText(recap.entry.text);
    const plainText = plainTextOf(doc);
    const body = storedBody(doc);
    await tx.recap.create({
      data: {
        episodeId: recap.episodeId,
        status: recap.status,
        body,
        plainText,
        excerpt: excerptOf(plainText),
        publishedAt: recap.status === 'PUBLISHED' ? now : null,
        importHash: recap.hash,
        importNote: recap.note,
        revisions: { create: { version: 1, status: recap.status, body, plainText, author: importAuthor, createdAt: now } },
        characters: {
          create: [
            ...manual.characters.map((characterId) => ({ characterId, source: 'MANUAL' as const })),
            ...mentioned.map((characterId) => ({ characterId, source: 'SUGGESTED' as const })),
          ],
        },
        storylines: {
          create: [
            ...manual.storylines.map((storylineId) => ({ storylineId, source: 'MANUAL' as const })),
            ...arcIds.map((storylineId) => ({ storylineId, source: 'SUGGESTED' as const })),
          ],
        },
      },
    });
  }
}

function countOutcomes(outcomes: Outcome[]): ImportReport['counts'] {
  const counts = { published: 0, draft: 0, inbox: 0, duplicate: 0, intro: 0, unchanged: 0 };
  for (const outcome of outcomes) counts[outcome.kind] += 1;
  return counts;
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
  options: { catalog: Catalog; dryRun?: boolean; now?: Date },
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
        const imported = await tx.recap.findMany({ where: { importHash: { in: hashes } }, select: { importHash: true } });
        const { outcomes, recaps } = classifyEntries(entries, {
          file: source.file,
          episodes: episodes.map((e) => ({ id: e.id, season: e.season.number, number: e.number, hasRecap: e.recap !== null })),
          importedHashes: new Set(imported.flatMap((recap) => (recap.importHash ? [recap.importHash] : []))),
        });
        await writeRecaps(tx, recaps, showId, source.file, now);
        const report: ImportReport = { dryRun: Boolean(options.dryRun), outcomes, counts: countOutcomes(outcomes), catalog: created };
        if (options.dryRun) throw new DryRunRollback(report);
        return report;
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof DryRunRollback) return error.report;
    throw error;
  }
}
