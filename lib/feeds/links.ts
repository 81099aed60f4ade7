/** The archive's feeds, announced in every page's <head> (rel="alternate"). */
export function feedLinks(): Record<string, { url: string; title: string }[]> {
  return {
    'application/rss+xml': [{ url: '/feed.xml', title: 'Rewatch – alle Recaps (RSS)' }],
    'application/atom+xml': [{ url: '/atom.xml', title: 'Rewatch – alle Recaps (Atom)' }],
    'application/feed+json': [{ url: '/feed.json', title: 'Rewatch – alle Recaps (JSON Feed)' }],
  };
}
