import { siteUrl } from '@/lib/env';

export const siteName = 'Rewatch';
export const showTitle = 'Sex and the City';

/** An absolute URL on this site, for feeds, sitemaps and structured data. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${siteUrl()}/`).toString();
}

export const paths = {
  episode: (slug: string) => `/episode/${slug}`,
  season: (number: number) => `/staffel/${number}`,
  character: (slug: string) => `/figuren/${slug}`,
  storyline: (slug: string) => `/handlungsstraenge/${slug}`,
  chapters: (slug: string) => `/episode/${slug}/kapitel.json`,
  shareImage: (slug: string) => `/episode/${slug}/bild.png`,
  characterFeed: (slug: string) => `/figuren/${slug}/feed.xml`,
  storylineFeed: (slug: string) => `/handlungsstraenge/${slug}/feed.xml`,
  /** The whole archive's feeds. */
  siteFeed: { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' },
};

export const shareImageSize = { width: 1200, height: 630 };
