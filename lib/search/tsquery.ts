import { distance } from 'fastest-levenshtein';

export type Expansion = { term: string; stem: string; words: string[] };

/** A typo forgives one letter; long words (9+) two, since one slip rarely comes alone there. */
export function isTypoOf(word: string, term: string): boolean {
  if (term.length < 4) return false;
  const allowed = term.length >= 9 ? 2 : 1;
  return Math.abs(word.length - term.length) <= allowed && distance(word, term) <= allowed;
}

/**
 * German glues words together: a stem of 5+ letters inside a longer word ("anzeig" in
 * "hochzeitsanzeigen") is a compound part. Prefixes are already covered by `term:*`.
 */
export function isCompoundPartOf(word: string, stem: string): boolean {
  return stem.length >= 5 && word.length > stem.length && word.includes(stem);
}

/** Index words that count as matches for a query term: compound parts and one-letter typos. */
export function matchingWords(term: string, stem: string, candidates: string[]): string[] {
  return candidates.filter((word) => word !== term && (isCompoundPartOf(word, stem) || isTypoOf(word, term))).sort();
}

/**
 * The to_tsquery text: every term as a prefix (stemmed by the german configuration) or
 * one of its expansions, all terms required. Terms and words are letters and digits only
 * (see queryTerms and the index's word split), so they cannot inject tsquery syntax.
 */
export function buildTsQuery(expansions: Expansion[]): string {
  return expansions
    .map(({ term, words }) => `(${[`${term}:*`, ...words.slice(0, 20)].join(' | ')})`)
    .join(' & ');
}
