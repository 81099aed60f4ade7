import path from 'node:path';
import type { NextConfig } from 'next';
import { baseSecurityHeaders, contentSecurityPolicy, type HeaderContext, perRequestPagePrefixes } from './lib/security/headers';

// next.config.ts is loaded by Next itself, before lib/env.ts, so it reads the variables directly.
// headers() is evaluated at build time: HSTS and upgrade-insecure-requests follow the SITE_URL of the build.
const headerContext: HeaderContext = {
  dev: process.env.NODE_ENV === 'development',
  https: (process.env.SITE_URL ?? '').startsWith('https://'),
};

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // scripts/serve.ts compresses around Next's handler instead (lib/http/compress.ts), so that
  // public pages can be rewritten before (lib/http/plain-public-pages.ts).
  compress: false,
  experimental: {
    // The stylesheets in the page itself: on a phone their round trip before the first paint
    // was most of what Lighthouse still counted (FCP 1.5 s with links, 0.9 s inline; 6–7 kB
    // compressed per page, which the front's cache and compression serve like the rest).
    inlineCss: true,
  },
  reactStrictMode: true,
  // The end-to-end tests build into their own folder so they never replace the app's build.
  distDir: process.env.REWATCH_DIST_DIR || '.next',
  turbopack: { root: import.meta.dirname },
  // With REDIS_URL at build time, all instances share one incremental cache (cache-handler.mjs,
  // docs/deploy.md) and keep no copy in memory that could go stale after a publish elsewhere.
  ...(process.env.REDIS_URL ? { cacheHandler: path.join(import.meta.dirname, 'cache-handler.mjs'), cacheMaxMemorySize: 0 } : {}),
  async headers() {
    return [
      { source: '/:path*', headers: baseSecurityHeaders(headerContext) },
      // Everything but the studio and the sign-in/setup/invitation pages, which proxy.ts serves
      // with a per-request nonce policy (both from the one list, perRequestPagePrefixes).
      {
        source: `/((?!${perRequestPagePrefixes.join('|')}).*)`,
        headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy(headerContext) }],
      },
    ];
  },
};

export default nextConfig;
