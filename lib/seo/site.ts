import { siteUrl } from '@/lib/env';

export const siteName = 'Rewatch';
export const showTitle = 'Sex and the City';

/** An absolute URL on this site, for feeds, sitemaps and structured data. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${siteUrl()}/`).toString();
}

export const shareImageSize = { width: 1200, height: 630 };
