import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The end-to-end tests build into their own folder so they never replace the app's build.
  // (next.config.ts is loaded by Next itself, so it reads the variable directly.)
  distDir: process.env.REWATCH_DIST_DIR || '.next',
  turbopack: { root: import.meta.dirname },
};

export default nextConfig;
