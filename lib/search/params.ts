import { z } from 'zod';

/** Longest query we look at; longer input is cut, never rejected. */
export const maxQueryLength = 200;
const maxTerms = 8;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(200);
const season = z.string().regex(/^\d{1,2}$/).transform(Number).pipe(z.number().int().min(1).max(99));

export type SearchParams = {
  q: string;
  season: number | null;
  character: string | null;
  storyline: string | null;
};

/** Which filters were present but unusable, so the page can say so instead of failing. */
export type IgnoredParam = 'staffel' | 'figur' | 'strang';

/** URL parameters as Next hands them to a page. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The search page's URL parameters (q, staffel, figur, strang). Anything malformed is
 * ignored and reported, so odd URLs show results plus a note rather than an error.
 */
export function parseSearchParams(raw: RawSearchParams): { params: SearchParams; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = [];
  const pick = <T,>(key: IgnoredParam, schema: z.ZodType<T>): T | null => {
    const value = first(raw[key]);
    if (value === undefined || value === '') return null;
    const result = schema.safeParse(value);
    if (!result.success) ignored.push(key);
    return result.success ? result.data : null;
  };
  return {
    params: {
      q: (first(raw.q) ?? '').slice(0, maxQueryLength).trim(),
      season: pick('staffel', season),
      character: pick('figur', slug),
      storyline: pick('strang', slug),
    },
    ignored,
  };
}

/** Lower-case like the database's rewatch_search_fold (umlauts included). */
export function foldWord(word: string): string {
  return word.toLocaleLowerCase('de-DE');
}

/**
 * The words of a query: runs of letters and digits only, so quotes, `&|!:*`, SQL and
 * emoji never reach the tsquery syntax. One-letter words carry no meaning in a search.
 */
export function queryTerms(q: string): string[] {
  const words = foldWord(q.slice(0, maxQueryLength)).match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((word) => word.length > 1).map((word) => word.slice(0, 40)))].slice(0, maxTerms);
}
