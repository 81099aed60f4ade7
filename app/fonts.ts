import localFont from 'next/font/local';

// Self-hosted from npm (@fontsource-variable/*): no request leaves the site.
export const displayFont = localFont({
  src: '../node_modules/@fontsource-variable/fraunces/files/fraunces-latin-wght-normal.woff2',
  variable: '--font-display',
  display: 'swap',
  weight: '300 800',
});

export const textFont = localFont({
  src: [
    { path: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2', style: 'normal' },
    { path: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2', style: 'italic' },
  ],
  variable: '--font-text',
  display: 'swap',
  weight: '300 800',
});

// Only small labels use the UI font; not preloading it leaves the bandwidth of the
// first paint to the fonts of the headline and the text (Lighthouse: LCP).
export const uiFont = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  variable: '--font-ui',
  display: 'swap',
  weight: '300 800',
  preload: false,
});
