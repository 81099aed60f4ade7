import { cached, cacheTags } from '@/lib/cache/tags';
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { publicRecapSql, publicRecapWhere } from '@/lib/recaps/visibility';
import { headlineOptions, type Segment, segmentsOf } from './highlight';
import { queryTerms, type SearchParams } from './params';
import { buildTsQuery, type Expansion, matchingWords } from './tsquery';

export type SearchHit = {
  slug: string;
  season: number;
  number: number;
  title: Segment[];
  snippet: Segment[];
  rank: number;
};

export type SearchResult = { hits: SearchHit[]; total: number; terms: string[] };

/**
 * Public recaps that pass the filters, as a subquery: at 100 000 recaps, fetching their ids
 * and sending them back as an array took a third of a search (bench/search-scale.ts).
 * Visibility is the rule of lib/recaps/visibility, in its SQL form.
 */
function candidates(params: Omit<SearchParams, 'q'>): Prisma.Sql {
  return Prisma.sql`
    SELECT r."id" FROM "Recap" r
    JOIN "Episode" e ON e."id" = r."episodeId"
    JOIN "Season" se ON se."id" = e."seasonId"
    WHERE ${publicRecapSql()}
      AND (${params.season}::int IS NULL OR se."number" = ${params.season}::int)
      AND (${params.character}::text IS NULL OR EXISTS (
        SELECT 1 FROM "RecapCharacter" rc JOIN "Character" c ON c."id" = rc."characterId"
        WHERE rc."recapId" = r."id" AND c."slug" = ${params.character}::text))
      AND (${params.storyline}::text IS NULL OR EXISTS (
        SELECT 1 FROM "RecapStoryline" rs JOIN "Storyline" st ON st."id" = rs."storylineId"
        WHERE rs."recapId" = r."id" AND st."slug" = ${params.storyline}::text))`;
}

/**
 * For each term, the lexicon words that are compound parts or typos of it. The lexicon
 * holds each distinct word once (a few thousand rows), so its trigram index answers in
 * milliseconds where splitting every recap's word list took most of a second on PGlite;
 * the exact edit distance is checked in code. Words of recaps outside the filters may
 * come back: they only widen the tsquery, which is then matched against `ids` alone.
 */
async function expandTerms(terms: string[]): Promise<Expansion[]> {
  const rows = await db().$queryRaw<{ term: string; stem: string; words: string[] }[]>`
    SELECT t.term, t.stem, coalesce(array_agg(w."word") FILTER (WHERE w."word" IS NOT NULL), '{}') AS words
    FROM (
      SELECT term, coalesce((ts_lexize('german_stem', term))[1], term) AS stem
      FROM unnest(${terms}::text[]) AS term
    ) AS t
    LEFT JOIN LATERAL (
      SELECT l."word" FROM "SearchWord" l WHERE l."word" % t.term
      UNION
      SELECT l."word" FROM "SearchWord" l WHERE length(t.stem) >= 5 AND l."word" LIKE '%' || t.stem || '%'
    ) AS w ON true
    GROUP BY t.term, t.stem`;
  const byTerm = new Map(rows.map((row) => [row.term, row]));
  return terms.map((term) => {
    const row = byTerm.get(term);
    const stem = row?.stem ?? term;
    return { term, stem, words: matchingWords(term, stem, row?.words ?? []) };
  });
}

type HitRow = { slug: string; season: number; number: number; title: string; snippet: string; rank: number; total: bigint };

/**
 * Ranked full-text search over published recaps (title weighted above names above body),
 * German stemming, compound parts and one-letter typos, with highlighted snippets.
 * Empty or unusable queries return no hits instead of failing.
 */
export async function searchRecaps(params: SearchParams, limit = 30): Promise<SearchResult> {
  const terms = queryTerms(params.q);
  const filtered = params.season !== null || params.character !== null || params.storyline !== null;
  if (terms.length === 0 && !filtered) return { hits: [], total: 0, terms };
  if (terms.length === 0) return browse(params, limit);
  const tsquery = buildTsQuery(await expandTerms(terms));
  // Ranking is cheap, ts_headline over a whole recap is not: only the shown hits get
  // their snippets, the total comes from the window count.
  const rows = await db().$queryRaw<HitRow[]>`
    WITH q AS (SELECT to_tsquery('german', ${tsquery}) AS query),
    ranked AS (
      SELECT s."recapId", ts_rank(s."document", q.query, 1)::float8 AS rank, count(*) OVER () AS total
      FROM q, "RecapSearch" s
      WHERE s."recapId" IN (${candidates(params)}) AND s."document" @@ q.query
    ),
    shown AS (
      SELECT ranked.*, e."slug", se."number" AS season, e."number", e."title", r."plainText"
      FROM ranked
      JOIN "Recap" r ON r."id" = ranked."recapId"
      JOIN "Episode" e ON e."id" = r."episodeId"
      JOIN "Season" se ON se."id" = e."seasonId"
      ORDER BY ranked.rank DESC, se."number", e."number"
      LIMIT ${limit}
    )
    SELECT shown."slug", shown.season, shown."number", shown.rank, shown.total,
      ts_headline('german', shown."title", q.query, ${headlineOptions('title')}) AS title,
      ts_headline('german', shown."plainText", q.query, ${headlineOptions('snippet')}) AS snippet
    FROM shown, q
    ORDER BY shown.rank DESC, shown.season, shown."number"`;
  return {
    total: Number(rows[0]?.total ?? 0),
    terms,
    hits: rows.map((row) => ({
      slug: row.slug,
      season: row.season,
      number: row.number,
      title: segmentsOf(row.title),
      snippet: segmentsOf(row.snippet),
      rank: row.rank,
    })),
  };
}

type BrowseRow = { slug: string; season: number; number: number; title: string; excerpt: string; total: bigint };

/** Filters without words: the matching recaps in viewing order, excerpt as snippet. */
async function browse(params: Omit<SearchParams, 'q'>, limit: number): Promise<SearchResult> {
  const rows = await db().$queryRaw<BrowseRow[]>`
    SELECT e."slug", se."number" AS season, e."number", e."title", r."excerpt", count(*) OVER () AS total
    FROM "Recap" r
    JOIN "Episode" e ON e."id" = r."episodeId"
    JOIN "Season" se ON se."id" = e."seasonId"
    WHERE r."id" IN (${candidates(params)})
    ORDER BY se."number", e."number"
    LIMIT ${limit}`;
  return {
    total: Number(rows[0]?.total ?? 0),
    terms: [],
    hits: rows.map((row) => ({
      slug: row.slug,
      season: row.season,
      number: row.number,
      title: [{ text: row.title, hit: false }],
      snippet: [{ text: row.excerpt, hit: false }],
      rank: 0,
    })),
  };
}

/** Options for the filter menus: seasons with public recaps, characters and storylines that are tagged. */
export async function searchFilterOptions() {
  const where = publicRecapWhere();
  const [seasons, characters, storylines] = await Promise.all([
    db().season.findMany({
      where: { episodes: { some: { recap: { is: where } } } },
      orderBy: { number: 'asc' },
      select: { number: true },
    }),
    db().character.findMany({
      where: { recaps: { some: { recap: where } } },
      orderBy: [{ kind: 'asc' }, { name: 'asc' }],
      select: { slug: true, name: true },
    }),
    db().storyline.findMany({
      where: { recaps: { some: { recap: where } } },
      orderBy: { title: 'asc' },
      select: { slug: true, title: true },
    }),
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
export function cachedSearchRecaps(params: SearchParams, limit = 30): Promise<SearchResult> {
  const key = ['search', queryTerms(params.q).join(' '), String(params.season ?? ''), params.character ?? '', params.storyline ?? '', String(limit)];
  return cached(() => searchRecaps(params, limit), key, searchTags);
}

export const cachedSearchFilterOptions = () => cached(searchFilterOptions, ['search-filter-options'], optionTags);
