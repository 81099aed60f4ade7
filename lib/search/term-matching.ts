import { distance } from 'fastest-levenshtein';

/** A lexeme of the index and in how many recaps it occurs. */
export type Lexeme = { lexeme: string; recaps: number };

/** One query term and the index lexemes that count as it: any of them matches. */
export type TermGroup = { term: string; lexemes: Lexeme[] };

/** A typo forgives one letter; long words (9+) two, since one slip rarely comes alone there. */
export function isTypoOf(word: string, term: string): boolean {
  if (term.length < 4) return false;
  const allowed = term.length >= 9 ? 2 : 1;
  return Math.abs(word.length - term.length) <= allowed && distance(word, term) <= allowed;
}

/**
 * German glues words together: a stem of 5+ letters inside a longer word ("anzeig" in
 * "hochzeitsanzeigen") is a compound part. Prefixes are covered by the prefix lexemes.
 */
export function isCompoundPartOf(word: string, stem: string): boolean {
  return stem.length >= 5 && word.length > stem.length && word.includes(stem);
}

/** Most typo and compound words one term is widened by, the most frequent first. */
export const maxExpansionWords = 8;

/**
 * Lexicon words that count as matches for a query term (compound parts and typos), at most
 * `maxExpansionWords` of them, chosen by how many recaps contain them: a broad or short term
 * is similar to many words, and each one widens the query.
 */
export function matchingWords(term: string, stem: string, candidates: { word: string; recaps: number }[]): string[] {
  return candidates
    .filter(({ word }) => word !== term && (isCompoundPartOf(word, stem) || isTypoOf(word, term)))
    .sort((a, b) => b.recaps - a.recaps || (a.word < b.word ? -1 : 1))
    .slice(0, maxExpansionWords)
    .map(({ word }) => word);
}
