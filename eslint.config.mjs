import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', '.next-*/**', 'bench/bare-next/.next/**', '.front/**', '.data/**', 'lib/generated/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts']),
  {
    // The public pages link with plain <a>: next/link costs every page 3.3 kB of compressed
    // JavaScript for client-side navigation the micro-cached pages do not need (bench/first-load-js.ts).
    files: ['app/(public)/**', 'components/archive/**', 'components/site/**', 'components/search/**'],
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
    },
  },
]);
