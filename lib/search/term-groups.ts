import { db } from '@/lib/db/client';
import { type Lexeme, matchingWords, type TermGroup } from './term-matching';

/** Most index lexemes a term's prefix stands for, the most frequent first ("party" → partys, partygast …). */
const maxPrefixLexemes = 12;
// Lexicon words looked at per term before the typo and compound rules pick theirs.
const maxSimilarWords = 50;

type WordRow = { term: string; stem: string | null; words: { word: string; recaps: number }[] };

/**
 * Stems and typo/compound candidates of each term. The lexicon holds each distinct word once,
 * so its trigram index answers in milliseconds; candidates are the most frequent similar
 * words, bounded, and the exact edit distance is checked in code. A stop word has no stem.
 */
async function similarWords(terms: string[]): Promise<WordRow[]> {
  return db().$queryRaw<WordRow[]>`
    SELECT t.term, CASE WHEN t.lexemes = '{}' THEN NULL ELSE coalesce(t.lexemes[1], t.term) END AS stem,
      coalesce((SELECT json_agg(json_build_object('word', w."word", 'recaps', w."recaps")) FROM (
        (SELECT l."word", l."recaps" FROM "SearchWord" l WHERE l."word" % t.term ORDER BY l."recaps" DESC LIMIT ${maxSimilarWords})
        UNION
        (SELECT l."word", l."recaps" FROM "SearchWord" l
          WHERE length(coalesce(t.lexemes[1], t.term)) >= 5 AND l."word" LIKE '%' || coalesce(t.lexemes[1], t.term) || '%'
          ORDER BY l."recaps" DESC LIMIT ${maxSimilarWords})
      ) AS w), '[]') AS words
    FROM (SELECT term, ts_lexize('german_stem', term) AS lexemes FROM unnest(${terms}::text[]) AS term) AS t`;
}

type LexemeRow = { group: number; lexeme: string; recaps: number };

/**
 * The index lexemes of each term: those its stem is a prefix of (the most frequent
 * `maxPrefixLexemes`, by a range scan over the C-collated key) and those of its typo and
 * compound words. Lexemes not in the index cannot match and are left out.
 */
async function lexemesOf(stems: string[], wordGroups: number[], words: string[]): Promise<LexemeRow[]> {
  return db().$queryRaw<LexemeRow[]>`
    SELECT g.i::int AS "group", x."lexeme", x."recaps"
    FROM unnest(${stems}::text[]) WITH ORDINALITY AS g(stem, i)
    CROSS JOIN LATERAL (
      SELECT l."lexeme", l."recaps" FROM "SearchLexeme" l
      WHERE l."lexeme" >= g.stem AND l."lexeme" < g.stem || chr(1114111)
      ORDER BY l."recaps" DESC LIMIT ${maxPrefixLexemes}
    ) AS x
    UNION
    SELECT w.i, l."lexeme", l."recaps"
    FROM unnest(${wordGroups}::int[], ${words}::text[]) AS w(i, word)
    CROSS JOIN LATERAL unnest(tsvector_to_array(to_tsvector('german', w.word))) AS t(lexeme)
    JOIN "SearchLexeme" l ON l."lexeme" = t.lexeme`;
}

/**
 * The query's terms as groups of index lexemes, bounded: a prefix stands for at most
 * `maxPrefixLexemes` lexemes and typos and compounds add at most `maxExpansionWords` words.
 * Stop words drop out (as to_tsquery drops them). Null when a term matches no recap at all,
 * so the whole query has no hits.
 */
export async function termGroups(terms: string[]): Promise<TermGroup[] | null> {
  const rows = (await similarWords(terms)).filter((row): row is WordRow & { stem: string } => row.stem !== null);
  if (rows.length === 0) return null;
  const expansions = rows.map((row) => matchingWords(row.term, row.stem, row.words));
  const found = await lexemesOf(
    rows.map((row) => row.stem),
    expansions.flatMap((words, index) => words.map(() => index + 1)),
    expansions.flat(),
  );
  const groups = rows.map((row) => ({ term: row.term, lexemes: new Map<string, Lexeme>() }));
  for (const { group, lexeme, recaps } of found) {
    groups[group - 1]?.lexemes.set(lexeme, { lexeme, recaps });
  }
  if (groups.some((group) => group.lexemes.size === 0)) return null;
  return groups.map(({ term, lexemes }) => ({ term, lexemes: [...lexemes.values()].sort((a, b) => b.recaps - a.recaps) }));
}
