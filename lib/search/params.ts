import { z } from 'zod';

/** Longest query we look at; longer input is cut, never rejected. */
export const maxQueryLength = 200;
const maxTerms = 8;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(200);
const cursor = z.string().transform((value, context) => {
  const parsed = parseCursor(value);
  if (!parsed) context.addIssue({ code: 'custom', message: 'unbekannte Seite' });
  return parsed ?? z.NEVER;
});
const season = z.string().regex(/^\d{1,2}$/).transform(Number).pipe(z.number().int().min(1).max(99));

export type SearchParams = {
  q: string;
  season: number | null;
  character: string | null;
  storyline: string | null;
};

/**
 * Where a later page of results starts: after the hit with this rank, season and episode
 * number (keyset pagination), and which page that is. Work per page stays bounded because
 * the page number, not an offset into every match, decides how deep candidates are drawn.
 */
export type SearchCursor = { page: number; rank: number; season: number; number: number };

/** Which parameters were present but unusable, so the page can say so instead of failing. */
export type IgnoredParam = 'staffel' | 'figur' | 'strang' | 'weiter';

/** Hits per result page. */
export const searchPageSize = 30;

/** Counts stop here: "mehr als 1 000 Recaps" is all a listener needs to know. */
export const countBound = 1_000;

/** Deepest page a search offers: 34 pages of 30 reach the 1 000 hits a count is bounded by. */
export const maxPage = 34;

const cursorPattern = /^(\d{1,2})_(\d+(?:\.\d+)?(?:e-\d+)?)_(\d{1,4})_(\d{1,5})$/;

/** A cursor as its URL parameter `weiter`. */
export function cursorParam(cursor: SearchCursor): string {
  return `${cursor.page}_${cursor.rank}_${cursor.season}_${cursor.number}`;
}

/** The cursor of a `weiter` parameter, or null for anything a result page never links to. */
export function parseCursor(value: string): SearchCursor | null {
  const match = cursorPattern.exec(value);
  if (!match) return null;
  const [page, rank, season, number] = [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])];
  if (page < 2 || page > maxPage || !Number.isFinite(rank)) return null;
  return { page, rank, season, number };
}

/** URL parameters as Next hands them to a page. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The search page's URL parameters (q, staffel, figur, strang). Anything malformed is
 * ignored and reported, so odd URLs show results plus a note rather than an error.
 */
export function parseSearchParams(raw: RawSearchParams): { params: SearchParams; ignored: IgnoredParam[]; cursor: SearchCursor | null } {
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
    cursor: pick('weiter', cursor),
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

/** The search page's address for these parameters, and a cursor for a later page. */
export function searchHref(params: SearchParams, cursor: SearchCursor | null = null): string {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.season !== null) search.set('staffel', String(params.season));
  if (params.character) search.set('figur', params.character);
  if (params.storyline) search.set('strang', params.storyline);
  if (cursor) search.set('weiter', cursorParam(cursor));
  const query = search.toString();
  return query ? `/suche?${query}` : '/suche';
}
