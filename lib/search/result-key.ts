import { maxQueryLength, type RawSearchParams } from './params';

// A search's URL parameters as one path segment, so the proxy can send /suche?q=… to a page
// that Next renders once per query and keeps in its incremental cache like every other
// public page (bench/load-with-writers.ts: search rendered per request was the one page
// that timed out under load). The segment is the canonical query string in base64url:
// file-name safe, reversible, and every spelling of the same parameters gives one key.

const keyParams = ['q', 'staffel', 'figur', 'strang', 'weiter'] as const;

/** The key of the search without any parameter (the bare search page). */
export const emptyResultKey = 'leer';

/**
 * Longest key: the incremental cache stores each page under its key plus a suffix, and file
 * names longer than 255 bytes fail. Longer searches are rendered per request instead.
 */
export const maxResultKeyLength = 200;

function canonicalQuery(search: URLSearchParams): string {
  const canonical = new URLSearchParams();
  for (const name of keyParams) {
    const raw = search.get(name) ?? '';
    // The same cut and trim as parseSearchParams, so queries it reads alike share a key.
    const value = name === 'q' ? raw.slice(0, maxQueryLength).trim() : raw;
    if (value !== '') canonical.set(name, value);
  }
  return canonical.toString();
}

/** The key of a search URL's parameters, or null when it is too long to be cached as a page. */
export function resultKeyOf(search: URLSearchParams): string | null {
  const query = canonicalQuery(search);
  if (query === '') return emptyResultKey;
  const key = Buffer.from(query, 'utf8').toString('base64url');
  return key.length <= maxResultKeyLength ? key : null;
}

/**
 * The parameters a key stands for, or null for a segment no search URL gives (anything
 * made up): only canonical keys are rendered, so each search has exactly one cached page.
 */
export function paramsOfResultKey(key: string): RawSearchParams | null {
  if (key === emptyResultKey) return {};
  if (key.length > maxResultKeyLength || !/^[A-Za-z0-9_-]+$/.test(key)) return null;
  const search = new URLSearchParams(Buffer.from(key, 'base64url').toString('utf8'));
  if (resultKeyOf(search) !== key) return null;
  return Object.fromEntries(keyParams.flatMap((name) => (search.has(name) ? [[name, search.get(name) ?? '']] : [])));
}

/** The address of the per-request search page for a key that `paramsOfResultKey` accepted. */
export function searchPathOfResultKey(key: string): string {
  return key === emptyResultKey ? '/suche' : `/suche?${Buffer.from(key, 'base64url').toString('utf8')}`;
}
