import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/seo/site';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/studio', '/anmelden', '/einladung', '/einrichten', '/api/', '/suche/vorschlaege'] }],
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
