import { cached, cacheTags } from '@/lib/cache/tags';
import { readRows } from '@/lib/db/read-rows';
import { Prisma } from '@/lib/generated/prisma/client';
import { publicRecapSql } from '@/lib/recaps/visibility';
import { highlightAll, type Segment, snippetOf } from './highlight';
import { countBound, cursorParam, maxPage, queryTerms, type SearchCursor, type SearchParams, searchPageSize } from './params';
import { type FilterIds, filteredRecapsSql, isFiltered, narrow, publicMatchSql, resolveFilters } from './filters';
import { exactUpTo, planRanking, rankedPage } from './ranking';
import { termGroups } from './term-groups';

export type SearchHit = {
  slug: string;
  season: number;
  number: number;
  title: Segment[];
  snippet: Segment[];
  rank: number;
};

export type SearchResult = {
  hits: SearchHit[];
  /** Matches counted, at most countBound + 1. */
  total: number;
  /** Whether `total` is every match; otherwise there are at least that many. */
  totalExact: boolean;
  terms: string[];
  /** The cursor of the next page, null on the last one. */
  next: SearchCursor | null;
  /** Which page this is (1 without a cursor). */
  page: number;
};

/** `count: false` skips counting the matches (the live box shows none): `total` is then the hits shown and not exact. */
export type SearchOptions = { limit?: number; cursor?: SearchCursor | null; exhaustive?: boolean; count?: boolean };

const emptyResult = (terms: string[]): SearchResult => ({ hits: [], total: 0, totalExact: true, terms, next: null, page: 1 });

/** The page's hits and the cursor after its last one, if a further page exists and may be shown. */
function paginate<T extends { season: number; number: number; rank: number }>(rows: T[], limit: number, page: number) {
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  const next = rows.length > limit && last && page < maxPage ? { page: page + 1, rank: last.rank, season: last.season, number: last.number } : null;
  return { shown, next };
}

/**
 * Ranked full-text search over published recaps (title weighted above names above body),
 * German stemming, compound parts and one-letter typos, with highlighted snippets, in pages.
 * The work per query is bounded whatever the archive's size (lib/search/ranking.ts): only
 * candidates that can reach the page are ranked, and the count stops at countBound.
 * Empty or unusable queries return no hits instead of failing.
 */
export async function searchRecaps(params: SearchParams, options: SearchOptions = {}): Promise<SearchResult> {
  const { limit = searchPageSize, cursor = null, exhaustive = false, count = true } = options;
  const terms = queryTerms(params.q);
  const filtered = isFiltered(params);
  if (terms.length === 0 && !filtered) return emptyResult(terms);
  if (terms.length === 0) {
    const ids = await resolveFilters(params);
    return ids ? browse(ids, limit, cursor) : emptyResult(terms);
  }
  const [groups, narrowed] = await Promise.all([termGroups(terms), narrow(params, exactUpTo)]);
  if (!groups || !narrowed) return emptyResult(terms);
  const page = cursor?.page ?? 1;
  const plan = planRanking(groups, { wanted: page * limit, filtered: narrowed.size, exhaustive });
  const ranked = await rankedPage(groups, narrowed.ids, plan, { limit, cursor, count });
  const { shown, next } = paginate(ranked.rows.map((row) => ({ ...row, rank: Number(row.rank) })), limit, page);
  const lexemes = groups.flatMap((group) => group.lexemes.map(({ lexeme }) => lexeme));
  const total = ranked.total ?? shown.length;
  return {
    total,
    // A bounded count is exact when it walked all of the rarest term's postings and stayed under the bound.
    totalExact: count && (!plan.countFrom || (plan.countFrom.exact && total <= countBound)),
    terms,
    next,
    page,
    hits: shown.map((row) => ({
      slug: row.slug,
      season: row.season,
      number: row.number,
      title: highlightAll(row.title, lexemes),
      snippet: snippetOf(row.plainText, lexemes),
      rank: row.rank,
    })),
  };
}

type BrowseRow = { slug: string; season: number; number: number; title: string; excerpt: string; total: bigint };

/** Filters without words: the matching recaps in viewing order, excerpt as snippet, count bounded. */
async function browse(ids: FilterIds, limit: number, cursor: SearchCursor | null): Promise<SearchResult> {
  const after = cursor ? Prisma.sql`(se."number", e."number") > (${cursor.season}::int, ${cursor.number}::int)` : Prisma.sql`true`;
  const season = ids.season === null ? Prisma.sql`true` : Prisma.sql`se."id" = ANY(${ids.season}::int[])`;
  // In viewing order from the seasons down, so a broad filter stops after one page instead of sorting all its recaps.
  const rows = await readRows<BrowseRow>(Prisma.sql`
    SELECT e."slug", se."number" AS season, e."number", e."title", r."excerpt",
      (SELECT count(*) FROM (${filteredRecapsSql(ids)} LIMIT ${countBound + 1}) AS x) AS total
    FROM "Season" se
    JOIN "Episode" e ON e."seasonId" = se."id"
    JOIN "Recap" r ON r."episodeId" = e."id"
    WHERE ${season} AND ${publicMatchSql(ids, 'season')} AND ${after}
    ORDER BY se."number", e."number"
    LIMIT ${limit + 1}`);
  const page = cursor?.page ?? 1;
  const { shown, next } = paginate(rows.map((row) => ({ ...row, rank: 0 })), limit, page);
  const total = Number(rows[0]?.total ?? 0);
  return {
    total,
    totalExact: total <= countBound,
    terms: [],
    next,
    page,
    hits: shown.map((row) => ({
      slug: row.slug,
      season: row.season,
      number: row.number,
      title: [{ text: row.title, hit: false }],
      snippet: [{ text: row.excerpt, hit: false }],
      rank: 0,
    })),
  };
}

/**
 * Options for the filter menus: seasons with public recaps, characters and storylines that
 * are tagged on one. Each option is a probe that stops at its first public recap (OFFSET 0
 * keeps the planner from hashing every tag of the archive instead), so the menus cost the
 * same at 100 000 recaps as at 100.
 */
export async function searchFilterOptions() {
  const visible = publicRecapSql();
  const [seasons, characters, storylines] = await Promise.all([
    readRows<{ number: number }>(Prisma.sql`
      SELECT se."number" FROM "Season" se
      WHERE EXISTS (SELECT 1 FROM "Episode" e JOIN "Recap" r ON r."episodeId" = e."id" WHERE e."seasonId" = se."id" AND ${visible} OFFSET 0)
      ORDER BY se."number"`),
    readRows<{ slug: string; name: string }>(Prisma.sql`
      SELECT c."slug", c."name" FROM "Character" c
      WHERE EXISTS (SELECT 1 FROM "RecapCharacter" rc JOIN "Recap" r ON r."id" = rc."recapId" WHERE rc."characterId" = c."id" AND ${visible} OFFSET 0)
      ORDER BY c."kind", c."name"`),
    readRows<{ slug: string; title: string }>(Prisma.sql`
      SELECT st."slug", st."title" FROM "Storyline" st
      WHERE EXISTS (SELECT 1 FROM "RecapStoryline" rs JOIN "Recap" r ON r."id" = rs."recapId" WHERE rs."storylineId" = st."id" AND ${visible} OFFSET 0)
      ORDER BY st."title"`),
  ]);
  return { seasons: seasons.map((season) => season.number), characters, storylines };
}

// What a search reads changes with any published recap, tag, name or title, and every one
// of those changes revalidates these three tags (lib/cache/tags.ts); its results change with
// the text of recaps too, the filter options do not.
const optionTags = [cacheTags.episodes, cacheTags.characters, cacheTags.storylines];
const searchTags = [...optionTags, cacheTags.recapTexts];

/**
 * searchRecaps through the data cache, so a popular query is answered without the
 * database until the archive changes. Keyed by the normalised terms, not the raw text, so
 * "Hochzeit", "hochzeit " and "Hochzeit!" share one entry.
 */
export function cachedSearchRecaps(params: SearchParams, options: Omit<SearchOptions, 'exhaustive'> = {}): Promise<SearchResult> {
  const { limit = searchPageSize, cursor = null, count = true } = options;
  const key = [
    'search',
    queryTerms(params.q).join(' '),
    String(params.season ?? ''),
    params.character ?? '',
    params.storyline ?? '',
    String(limit),
    cursor ? cursorParam(cursor) : '',
    count ? '' : 'ohne-zahl',
  ];
  return cached(() => searchRecaps(params, { limit, cursor, count }), key, searchTags);
}

export const cachedSearchFilterOptions = () => cached(searchFilterOptions, ['search-filter-options'], optionTags);
