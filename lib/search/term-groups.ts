import { readRows } from '@/lib/db/read-rows';
import { Prisma } from '@/lib/generated/prisma/client';
import { type Lexeme, matchingWords, type TermGroup } from './term-matching';

/** Most index lexemes a term's prefix stands for, the most frequent first ("party" → partys, partygast …). */
const maxPrefixLexemes = 12;
// Lexicon words looked at per term before the typo and compound rules pick theirs.
const maxSimilarWords = 50;

type SimilarWord = { word: string; recaps: number; lexemes: Lexeme[] | null };
type TermRow = { term: string; stem: string | null; prefixed: Lexeme[] | null; words: SimilarWord[] | null };

/**
 * Everything the terms can stand for, in one statement (a search's first round trip, so it
 * is one, not two): each term's stem, the index lexemes the stem is a prefix of (the most
 * frequent `maxPrefixLexemes`, by a range scan over the C-collated key), and its typo and
 * compound candidates, the most frequent similar words of the lexicon (bounded; its trigram
 * index answers in milliseconds), each with the index lexemes it stems to. The edit distance
 * is checked in code, which then keeps the lexemes of the words it picks. A stop word has no stem.
 * A word's lexemes are looked up by `= ANY`, one index probe: as a join against the unnested
 * lexemes the planner hashed the whole lexicon once per similar word (1 of 1.5 ms at 100 000 recaps).
 */
async function termRows(terms: string[]): Promise<TermRow[]> {
  return readRows<TermRow>(Prisma.sql`
    SELECT t.term, s.stem,
      (SELECT json_agg(json_build_object('lexeme', x."lexeme", 'recaps', x."recaps")) FROM (
        SELECT l."lexeme", l."recaps" FROM "SearchLexeme" l
        WHERE l."lexeme" >= s.stem AND l."lexeme" < s.stem || chr(1114111)
        ORDER BY l."recaps" DESC LIMIT ${maxPrefixLexemes}
      ) AS x) AS prefixed,
      (SELECT json_agg(json_build_object('word', w."word", 'recaps', w."recaps", 'lexemes', (
          SELECT json_agg(json_build_object('lexeme', l."lexeme", 'recaps', l."recaps"))
          FROM "SearchLexeme" l WHERE l."lexeme" = ANY(tsvector_to_array(to_tsvector('german', w."word")))
        ))) FROM (
        (SELECT l."word", l."recaps" FROM "SearchWord" l WHERE l."word" % t.term ORDER BY l."recaps" DESC LIMIT ${maxSimilarWords})
        UNION
        (SELECT l."word", l."recaps" FROM "SearchWord" l
          WHERE length(s.stem) >= 5 AND l."word" LIKE '%' || s.stem || '%'
          ORDER BY l."recaps" DESC LIMIT ${maxSimilarWords})
      ) AS w) AS words
    FROM (SELECT term, ts_lexize('german_stem', term) AS lexemes FROM unnest(${terms}::text[]) AS term) AS t
    CROSS JOIN LATERAL (SELECT CASE WHEN t.lexemes = '{}' THEN NULL ELSE coalesce(t.lexemes[1], t.term) END AS stem) AS s`);
}

/**
 * The query's terms as groups of index lexemes, bounded: a prefix stands for at most
 * `maxPrefixLexemes` lexemes and typos and compounds add at most `maxExpansionWords` words.
 * Stop words drop out (as to_tsquery drops them); lexemes not in the index cannot match and
 * are left out. Null when a term matches no recap at all, so the whole query has no hits.
 */
export async function termGroups(terms: string[]): Promise<TermGroup[] | null> {
  const rows = (await termRows(terms)).filter((row): row is TermRow & { stem: string } => row.stem !== null);
  if (rows.length === 0) return null;
  const groups = rows.map((row) => {
    const similar = row.words ?? [];
    const picked = new Set(matchingWords(row.term, row.stem, similar));
    const lexemes = new Map<string, Lexeme>();
    for (const found of [...(row.prefixed ?? []), ...similar.filter(({ word }) => picked.has(word)).flatMap((word) => word.lexemes ?? [])]) {
      lexemes.set(found.lexeme, found);
    }
    return { term: row.term, lexemes: [...lexemes.values()].sort((a, b) => b.recaps - a.recaps) };
  });
  if (groups.some((group) => group.lexemes.length === 0)) return null;
  return groups;
}
