// A bare Next app-router page (bench/first-load-js.ts builds and measures it): the framework's
// own first-load JavaScript, against which the public pages are compared.
import path from 'node:path';

const config = {
  poweredByHeader: false,
  distDir: process.env.BARE_DIST_DIR || '.next',
  // The repository's node_modules (the same Next version as the app) sit two folders up.
  turbopack: { root: path.join(import.meta.dirname, '..', '..') },
};

export default config;
