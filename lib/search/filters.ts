import { readRows } from '@/lib/db/read-rows';
import { Prisma } from '@/lib/generated/prisma/client';
import { publicRecapSql } from '@/lib/recaps/visibility';
import type { SearchParams } from './params';

type Filters = Omit<SearchParams, 'q'>;

type FilterName = 'season' | 'character' | 'storyline';

/**
 * The filters as the ids they name: the seasons of that number (one per show), the character,
 * the storyline; null where a filter is unset. Looked up once per search, so every probe of a
 * candidate reads one index instead of joining the filter's table by slug.
 */
export type FilterIds = { season: number[] | null; character: number | null; storyline: number | null };

const noFilterIds: FilterIds = { season: null, character: null, storyline: null };

export function isFiltered(filters: Record<FilterName, unknown>): boolean {
  return filters.season !== null || filters.character !== null || filters.storyline !== null;
}

/** The ids the filters name, or null when a filter names nothing there is (then nothing matches). */
export async function resolveFilters(filters: Filters): Promise<FilterIds | null> {
  if (!isFiltered(filters)) return noFilterIds;
  const [row] = await readRows<FilterIds>(Prisma.sql`
    SELECT
      (SELECT array_agg(s."id") FROM "Season" s WHERE s."number" = ${filters.season}::int) AS season,
      (SELECT c."id" FROM "Character" c WHERE c."slug" = ${filters.character}::text) AS character,
      (SELECT st."id" FROM "Storyline" st WHERE st."slug" = ${filters.storyline}::text) AS storyline`);
  const ids: FilterIds = { season: row?.season ?? null, character: row?.character ?? null, storyline: row?.storyline ?? null };
  const unknown = (Object.keys(ids) as FilterName[]).some((name) => filters[name] !== null && ids[name] === null);
  return unknown ? null : ids;
}

// OFFSET 0 keeps each EXISTS a probe per recap: flattened into a semi-join, the planner
// hashes every recap of a broad filter (90 000 for Carrie) to answer for a few hundred.
function filterChecks(ids: FilterIds, except: FilterName | null): Prisma.Sql[] {
  const checks: Prisma.Sql[] = [];
  if (ids.season !== null && except !== 'season') {
    checks.push(Prisma.sql`EXISTS (SELECT 1 FROM "Episode" fe WHERE fe."id" = r."episodeId" AND fe."seasonId" = ANY(${ids.season}::int[]) OFFSET 0)`);
  }
  if (ids.character !== null && except !== 'character') {
    checks.push(Prisma.sql`EXISTS (SELECT 1 FROM "RecapCharacter" rc WHERE rc."recapId" = r."id" AND rc."characterId" = ${ids.character}::int OFFSET 0)`);
  }
  if (ids.storyline !== null && except !== 'storyline') {
    checks.push(Prisma.sql`EXISTS (SELECT 1 FROM "RecapStoryline" rs WHERE rs."recapId" = r."id" AND rs."storylineId" = ${ids.storyline}::int OFFSET 0)`);
  }
  return checks;
}

/** Visibility and the filters as a condition on "Recap" r alone (each filter only when set), for probing candidates one by one. */
export function publicMatchSql(ids: FilterIds, except: FilterName | null = null): Prisma.Sql {
  return Prisma.join([publicRecapSql(), ...filterChecks(ids, except)], ' AND ');
}

/**
 * The public recaps that pass the filters (at least one must be set), as "Recap" r, reached
 * from the filter itself (the season's episodes, the storyline's or character's tags) so a
 * narrow filter reads only its own recaps; the other filters are probed per recap.
 */
export function filteredRecapsSql(ids: FilterIds): Prisma.Sql {
  if (ids.season !== null) {
    return Prisma.sql`SELECT r."id" FROM "Episode" de JOIN "Recap" r ON r."episodeId" = de."id"
      WHERE de."seasonId" = ANY(${ids.season}::int[]) AND ${publicMatchSql(ids, 'season')}`;
  }
  if (ids.storyline !== null) {
    return Prisma.sql`SELECT r."id" FROM "RecapStoryline" drs JOIN "Recap" r ON r."id" = drs."recapId"
      WHERE drs."storylineId" = ${ids.storyline}::int AND ${publicMatchSql(ids, 'storyline')}`;
  }
  return Prisma.sql`SELECT r."id" FROM "RecapCharacter" drc JOIN "Recap" r ON r."id" = drc."recapId"
    WHERE drc."characterId" = ${ids.character}::int AND ${publicMatchSql(ids, 'character')}`;
}

/** How many public recaps pass the filters (at least one must be set), counted up to `bound + 1`. */
async function filteredSize(ids: FilterIds, bound: number): Promise<number> {
  const [row] = await readRows<{ n: number }>(Prisma.sql`
    SELECT count(*)::int AS n FROM (${filteredRecapsSql(ids)} LIMIT ${bound + 1}) AS x`);
  return row?.n ?? 0;
}

/**
 * The filters' ids and how many public recaps they leave, counted up to `bound + 1` (null
 * without filters); null when a filter names nothing there is.
 */
export async function narrow(filters: Filters, bound: number): Promise<{ ids: FilterIds; size: number | null } | null> {
  const ids = await resolveFilters(filters);
  if (!ids) return null;
  return { ids, size: isFiltered(ids) ? await filteredSize(ids, bound) : null };
}
