import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  resolve: {
    // Mirrors tsconfig's `"@/*": ["./*"]`; the regex keeps scoped packages (@prisma/…) untouched.
    alias: [{ find: /^@\//, replacement: root }],
  },
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    // PGlite's WASM start and the WASM schema engine each take seconds, more so on a busy CI runner.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // Each integration file starts its own database (an in-memory PGlite or a database on
    // the server); the machines have two cores, so more workers only make them compete.
    pool: 'forks',
    maxWorkers: 2,
  },
});
