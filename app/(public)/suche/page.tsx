import type { Metadata } from 'next';
import { SearchPage } from '@/components/search/search-page';
import { loadSearchPage, searchPageMetadata } from '@/lib/search/search-page';

// Searches whose parameters are too long for a cache key (lib/search/result-key.ts); every
// other search is sent by the proxy to ./ergebnis/[schluessel], rendered once per query.

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return searchPageMetadata(await searchParams);
}

export default async function SearchPerRequest({ searchParams }: Props) {
  return <SearchPage {...await loadSearchPage(await searchParams)} />;
}
