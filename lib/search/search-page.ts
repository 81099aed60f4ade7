import { publicAlternates } from '@/lib/feeds/links';
import type { Metadata } from 'next';
import { isDatabaseUnavailable } from '@/lib/db/unavailable';
import { type IgnoredParam, parseSearchParams, type RawSearchParams, type SearchCursor, type SearchParams } from './params';
import { cachedSearchFilterOptions, cachedSearchRecaps, type SearchResult } from './queries';

export type SearchPageData = {
  params: SearchParams;
  cursor: SearchCursor | null;
  ignored: IgnoredParam[];
  /** Null while the database cannot be reached. */
  found: { result: SearchResult; options: Awaited<ReturnType<typeof cachedSearchFilterOptions>> } | null;
};

/** What the search page shows for its URL parameters. */
export async function loadSearchPage(raw: RawSearchParams): Promise<SearchPageData> {
  const { params, ignored, cursor } = parseSearchParams(raw);
  const found = await Promise.all([cachedSearchRecaps(params, { cursor }), cachedSearchFilterOptions()]).then(
    ([result, options]) => ({ result, options }),
    (error: unknown) => {
      // The archive's other pages are served from the cache while the database restarts; search needs it.
      if (isDatabaseUnavailable(error)) return null;
      throw error;
    },
  );
  return { params, cursor, ignored, found };
}

export function searchPageMetadata(raw: RawSearchParams): Metadata {
  const { params } = parseSearchParams(raw);
  return {
    title: params.q ? `Suche: ${params.q}` : 'Suche',
    // Every result URL names the one search page as canonical, so variations do not compete in indexes.
    alternates: publicAlternates('/suche'),
  };
}
