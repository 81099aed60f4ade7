import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Build output stays beside the sources; the start script decides when to rebuild.
  turbopack: { root: import.meta.dirname },
};

export default nextConfig;
