import type { Metadata } from 'next';
import { paths } from '@/lib/seo/paths';

export type AlternateFeed = { url: string; title: string };

/** The archive's feeds, as the footer names them and every page's <head> announces them. */
export const siteFeeds = [
  { type: 'application/rss+xml', url: paths.siteFeed.rss, label: 'RSS', title: 'Rewatch – alle Recaps (RSS)' },
  { type: 'application/atom+xml', url: paths.siteFeed.atom, label: 'Atom', title: 'Rewatch – alle Recaps (Atom)' },
  { type: 'application/feed+json', url: paths.siteFeed.json, label: 'JSON Feed', title: 'Rewatch – alle Recaps (JSON Feed)' },
] as const;

/** <link rel="alternate"> by type: a page's own RSS feed (character, storyline) first, then the archive's. */
export function feedLinks(ownRss?: AlternateFeed): Record<string, AlternateFeed[]> {
  const links: Record<string, AlternateFeed[]> = {};
  for (const feed of siteFeeds) links[feed.type] = [{ url: feed.url, title: feed.title }];
  if (ownRss) links['application/rss+xml'] = [ownRss, ...(links['application/rss+xml'] ?? [])];
  return links;
}

/**
 * `alternates` for a public page. Next replaces the layout's `alternates` as a whole when a page
 * sets its own (a canonical URL), so each page names the feeds again.
 */
export function publicAlternates(canonical: string, ownRss?: AlternateFeed): NonNullable<Metadata['alternates']> {
  return { canonical, types: feedLinks(ownRss) };
}
