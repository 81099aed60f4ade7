import { readRows } from '@/lib/db/read-rows';
import { statementsRunInParallel } from '@/lib/env';
import { Prisma } from '@/lib/generated/prisma/client';
import { hiddenRecapCountSql } from '@/lib/recaps/visibility';
import { type FilterIds, filteredRecapsSql, isFiltered, publicMatchSql } from './filters';
import { countBound, type SearchCursor } from './params';
import type { TermGroup } from './term-matching';

/** A term in at most this many recaps (or filters leaving at most this many) has all of them ranked. */
export const exactUpTo = 300;
// Broad terms: candidates drawn per lexeme (best impact first) and scored, as a
// multiple of the hits up to the end of the requested page. Measured by the recall@10 check
// of bench/search-scale.ts against ranking every match (0.996 at 100 000 recaps; the floor
// is 0.95).
const minWalk = 30;
const walkPerHit = 2;
const minTake = 15;
// How much deeper a draw looks for candidates that also contain the other terms, or pass
// the filters: the postings read per candidate kept, at most.
const severalTermsDepth = 10;
const filteredDepth = 8;
// The count reads at most this many postings of the rarest term (its most frequent lexemes
// first) before it settles for "at least": a little over the bound, so one unfiltered term,
// where nearly every posting is a public match, still reaches "more than the bound".
const countWalk = countBound + 100;
// Where other terms or filters drop some postings, the count could not reach the bound by
// walking a little over it anyway, and every posting walked costs a probe per other term and
// filter: 1 100 of them were two thirds of a two-word search at 100 000 recaps (EXPLAIN
// ANALYZE). Such a search walks fewer and says "at least" sooner.
const narrowedCountWalk = 250;

export type RankedRow = {
  slug: string;
  season: number;
  number: number;
  title: string;
  plainText: string;
  rank: bigint;
  total: bigint | null;
};

const recapsOf = (group: TermGroup) => group.lexemes.reduce((sum, { recaps }) => sum + recaps, 0);

/** Postings drawn for one lexeme: at most `depth`, best impact first, of which the first `take` that match the other groups count. */
type Walk = { group: number; lexeme: string; take: number; depth: number };

export type RankPlan = {
  /** Where candidates come from: drawn postings, or every public recap the filters leave. */
  source: Walk[] | 'filtered';
  /**
   * The rarest group's lexemes for a bounded count and how many postings it reads; null when
   * every match is ranked (the count is exact). `atLeast`: for one term without filters, the
   * recaps of its most frequent lexeme, all of them matches, so the count is known to pass
   * the bound without walking whenever fewer recaps than that margin are hidden from listeners.
   */
  countFrom: { group: number; lexemes: string[]; walk: number; exact: boolean; atLeast: number | null } | null;
};

/**
 * Bounded work: a term in few recaps, or filters that leave few, has every match ranked.
 * Otherwise each lexeme's postings are drawn best-impact first, a number proportional to the
 * requested depth and split evenly over a term's lexemes, and only those candidates are scored. With several
 * terms a drawn recap counts only if it contains the others too, so the draw goes deeper.
 * `exhaustive` ranks every match (the bench's reference for recall).
 */
export function planRanking(groups: TermGroup[], options: { wanted: number; filtered: number | null; exhaustive: boolean }): RankPlan {
  const rarestIndex = groups.reduce((best, group, i) => (recapsOf(group) < recapsOf(groups[best] ?? group) ? i : best), 0);
  const rarest = groups[rarestIndex] ?? { term: '', lexemes: [] };
  const rare = recapsOf(rarest);
  if (options.filtered !== null && options.filtered <= exactUpTo && options.filtered < rare) return { source: 'filtered', countFrom: null };
  if (options.exhaustive || rare <= exactUpTo) {
    return { source: rarest.lexemes.map(({ lexeme, recaps }) => ({ group: rarestIndex, lexeme, take: recaps, depth: recaps })), countFrom: null };
  }
  const budget = Math.max(minWalk, walkPerHit * options.wanted);
  const narrowed = groups.length > 1 || options.filtered !== null;
  const walk = narrowed ? narrowedCountWalk : countWalk;
  const deeper = (groups.length > 1 ? severalTermsDepth : 1) * (options.filtered === null ? 1 : filteredDepth);
  return {
    // Split evenly, not by frequency: a rare form of a term has best postings as good as a common one's.
    source: groups.flatMap((group, i) =>
      group.lexemes.map(({ lexeme, recaps }) => {
        const take = Math.min(recaps, Math.max(minTake, Math.ceil(budget / group.lexemes.length)));
        return { group: i, lexeme, take, depth: Math.min(recaps, take * deeper) };
      }),
    ),
    countFrom: {
      group: rarestIndex,
      lexemes: rarest.lexemes.map(({ lexeme }) => lexeme),
      walk,
      exact: rare <= walk,
      atLeast: narrowed ? null : Math.max(...rarest.lexemes.map(({ recaps }) => recaps)),
    },
  };
}

const lexemesOf = (group: TermGroup) => group.lexemes.map(({ lexeme }) => lexeme);

// Each check names its group's lexemes as one array: one index scan per recap instead of a
// nested loop over a function scan of all groups, which cost more than the probes themselves.
// OFFSET 0 keeps it a probe: as a semi-join, the planner hashes every posting of a broad
// term (52 000 for "Big", 17 ms) to answer for a few hundred candidates.
function containsSql(group: TermGroup, id: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "SearchPosting" mp WHERE mp."lexeme" = ANY(${lexemesOf(group)}::text[]) AND mp."recapId" = ${id} OFFSET 0)`;
}

/** Whether the recap `id` (an SQL expression) contains a lexeme of every group other than the one at `except`. */
function othersMatchSql(groups: TermGroup[], id: Prisma.Sql, except: number | null): Prisma.Sql {
  const checks = groups.flatMap((group, i) => (i === except ? [] : [containsSql(group, id)]));
  return checks.length === 0 ? Prisma.sql`true` : Prisma.join(checks, ' AND ');
}

/**
 * The relevance of each candidate that contains every term: per term the impact of its best
 * lexeme in the recap, summed over the terms. A term's lexemes are its forms (prefix, typo,
 * compound), so the best one counts, not how many forms a recap happens to use; and since the
 * score is a sum of per-lexeme impacts, the best recaps are among each lexeme's best postings,
 * which is what lets the draw stay bounded. Read from the postings' primary key, one index
 * scan per candidate and term; a term the recap lacks makes the sum null.
 */
function scoredSql(groups: TermGroup[], candidates: Prisma.Sql): Prisma.Sql {
  const best = groups.map(
    (group) => Prisma.sql`(SELECT max(p."impact") FROM "SearchPosting" p WHERE p."lexeme" = ANY(${lexemesOf(group)}::text[]) AND p."recapId" = c."recapId")`,
  );
  return Prisma.sql`
    SELECT x."recapId", x.rank FROM (
      SELECT c."recapId", (${Prisma.join(best, ' + ')})::bigint AS rank FROM (${candidates}) AS c OFFSET 0
    ) AS x
    WHERE x.rank IS NOT NULL`;
}

/** Candidate recap ids: drawn postings that match every group, or the filtered recaps. */
function candidatesSql(groups: TermGroup[], plan: RankPlan, ids: FilterIds): Prisma.Sql {
  if (plan.source === 'filtered') {
    return Prisma.sql`SELECT f."id" AS "recapId" FROM (${filteredRecapsSql(ids)}) AS f WHERE ${othersMatchSql(groups, Prisma.sql`f."id"`, null)}`;
  }
  // Filters are checked while drawing, so `take` counts recaps that pass them.
  const filtered = isFiltered(ids);
  const walks = plan.source;
  // One draw per group, so each checks the other groups as constants. Each keeps the best
  // `take` postings that pass, in impact order: a join may hand rows on in any order (PGlite
  // hashed them once the filter probes no longer joined by slug).
  const draws = groups.flatMap((_, i) => {
    const walk = walks.filter((w) => w.group === i);
    if (walk.length === 0) return [];
    return [
      Prisma.sql`
    SELECT c."recapId"
    FROM unnest(${walk.map((w) => w.lexeme)}::text[], ${walk.map((w) => w.take)}::int[], ${walk.map((w) => w.depth)}::int[]) AS w(lexeme, take, depth)
    CROSS JOIN LATERAL (
      SELECT d."recapId" FROM (
        SELECT sp."recapId", sp."impact" FROM "SearchPosting" sp WHERE sp."lexeme" = w.lexeme ORDER BY sp."impact" DESC LIMIT w.depth
      ) AS d
      ${filtered ? Prisma.sql`JOIN "Recap" r ON r."id" = d."recapId"` : Prisma.empty}
      WHERE ${othersMatchSql(groups, Prisma.sql`d."recapId"`, i)} AND ${filtered ? publicMatchSql(ids) : Prisma.sql`true`}
      ORDER BY d."impact" DESC
      LIMIT w.take
    ) AS c`,
    ];
  });
  return Prisma.sql`SELECT DISTINCT u."recapId" FROM (${Prisma.join(draws, ' UNION ALL ')}) AS u`;
}

/**
 * At most `countBound + 1` public matches among the first `walk` postings of the rarest term
 * in recap order (a fair sample: the best impacts are the shortest recaps, which seldom hold
 * the other terms too, so walking those made "at least" a fraction as large), or
 * `countBound + 1` at once when `atLeast` proves there are more (the walk, a scalar subquery
 * in the other branch, is then never run).
 */
function countSql(groups: TermGroup[], countFrom: NonNullable<RankPlan['countFrom']>, ids: FilterIds): Prisma.Sql {
  const walked = walkedCountSql(groups, countFrom, ids);
  const margin = (countFrom.atLeast ?? 0) - countBound - 1;
  if (margin < 0) return walked;
  return Prisma.sql`(CASE WHEN ${hiddenRecapCountSql(margin)} <= ${margin} THEN ${countBound + 1}::bigint ELSE ${walked} END)`;
}

function walkedCountSql(groups: TermGroup[], countFrom: NonNullable<RankPlan['countFrom']>, ids: FilterIds): Prisma.Sql {
  return Prisma.sql`(SELECT count(*) FROM (
    SELECT 1 FROM (
      SELECT DISTINCT w."recapId" FROM (
        SELECT p."recapId" FROM unnest(${countFrom.lexemes}::text[]) AS x(lexeme)
        CROSS JOIN LATERAL (SELECT sp."recapId" FROM "SearchPosting" sp WHERE sp."lexeme" = x.lexeme ORDER BY sp."recapId" LIMIT ${countFrom.walk}) AS p
        LIMIT ${countFrom.walk}
      ) AS w
    ) AS d
    JOIN "Recap" r ON r."id" = d."recapId"
    WHERE ${publicMatchSql(ids)} AND ${othersMatchSql(groups, Prisma.sql`d."recapId"`, countFrom.group)}
    LIMIT ${countBound + 1}) AS x)`;
}

/** Relevance order, ties in viewing order: the keyset a cursor continues after. */
function afterSql(cursor: SearchCursor | null): Prisma.Sql {
  if (!cursor) return Prisma.sql`true`;
  return Prisma.sql`(v.rank < ${cursor.rank}::bigint OR (v.rank = ${cursor.rank}::bigint AND (se."number", e."number") > (${cursor.season}::int, ${cursor.number}::int)))`;
}

/**
 * One page of ranked hits (`limit + 1` rows, so the caller knows whether a next page exists),
 * with the text of the shown ones only for their snippets, and the match count: exact where every match was
 * ranked, otherwise bounded (see countSql); null when not asked for. A bounded count reads
 * nothing the page does, so on a server it is a second statement on another connection, run
 * while the page is ranked: inside the page's statement it ran first, and was a sixth of a
 * two-word search. PGlite runs one statement at a time; there it stays inside.
 */
export async function rankedPage(
  groups: TermGroup[],
  ids: FilterIds,
  plan: RankPlan,
  page: { limit: number; cursor: SearchCursor | null; count: boolean },
): Promise<{ rows: RankedRow[]; total: number | null }> {
  const bounded = page.count && plan.countFrom ? countSql(groups, plan.countFrom, ids) : null;
  const beside = bounded && statementsRunInParallel() ? bounded : null;
  const inside = !page.count || beside ? Prisma.sql`NULL::bigint` : (bounded ?? Prisma.sql`(SELECT count(*) FROM visible)`);
  const [rows, counted] = await Promise.all([
    readRows<RankedRow>(Prisma.sql`
    WITH scored AS (${scoredSql(groups, candidatesSql(groups, plan, ids))}),
    visible AS (
      SELECT c."recapId", c.rank, r."episodeId" FROM scored AS c
      JOIN "Recap" r ON r."id" = c."recapId"
      WHERE ${publicMatchSql(ids)}
    ),
    shown AS (
      SELECT v.*, e."slug", e."title", se."number" AS season, e."number"
      FROM visible v JOIN "Episode" e ON e."id" = v."episodeId"
      CROSS JOIN LATERAL (SELECT s."number" FROM "Season" s WHERE s."id" = e."seasonId") AS se
      WHERE ${afterSql(page.cursor)}
      ORDER BY v.rank DESC, se."number", e."number"
      LIMIT ${page.limit + 1}
    )
    SELECT shown."slug", shown.season, shown."number", shown.rank, shown."title", r."plainText", ${inside} AS total
    FROM shown JOIN "Recap" r ON r."id" = shown."recapId"
    ORDER BY shown.rank DESC, shown.season, shown."number"`),
    beside ? readRows<{ total: bigint }>(Prisma.sql`SELECT ${beside} AS total`) : null,
  ]);
  // As when the count was a column of the page: no page, no count.
  const total = rows.length === 0 ? 0 : counted ? counted[0]?.total : rows[0]?.total;
  return { rows, total: page.count ? Number(total ?? 0) : null };
}
