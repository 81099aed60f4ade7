import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SearchPage } from '@/components/search/search-page';
import { expireRenderSoon } from '@/lib/cache/expire-soon';
import { paramsOfResultKey } from '@/lib/search/result-key';
import { loadSearchPage, searchPageMetadata } from '@/lib/search/search-page';

// The search page for one query, reached through the proxy's rewrite of /suche?q=… (the
// address listeners see). Rendered on its first request and then served from the
// incremental cache like the archive's other pages, until a publish revalidates the tags of
// what it read or its minute is up.

export const revalidate = 60;
export const dynamicParams = true;

// No query is rendered at build time; each one on its first request.
export function generateStaticParams(): { schluessel: string }[] {
  return [];
}

type Props = { params: Promise<{ schluessel: string }> };

async function rawParams(params: Props['params']) {
  const raw = paramsOfResultKey((await params).schluessel);
  if (!raw) notFound();
  return raw;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return searchPageMetadata(await rawParams(params));
}

export default async function CachedSearch({ params }: Props) {
  const data = await loadSearchPage(await rawParams(params));
  // The notice that the database is away must not outlive the outage by a minute.
  if (!data.found) await expireRenderSoon();
  return <SearchPage {...data} />;
}
