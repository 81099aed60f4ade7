import localFont from 'next/font/local';

// Self-hosted from npm (@fontsource-variable/*): no request leaves the site.
export const displayFont = localFont({
  src: '../node_modules/@fontsource-variable/fraunces/files/fraunces-latin-wght-normal.woff2',
  variable: '--font-display',
  display: 'swap',
  weight: '300 800',
});

export const textFont = localFont({
  src: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
  variable: '--font-text',
  display: 'swap',
  weight: '300 800',
});

// The italic is a family of its own so it is neither preloaded nor swapped in: it is used from
// the first paint when it is there (cached) and otherwise not until the next page. Preloaded, its
// 50 kB delayed a phone's first paint; swapped in, it shifted the lines of italic text
// (Lighthouse on a phone: LCP 2.0 s and a layout shift of 0.05 on the home page). globals.css
// puts it first where text is italic.
export const textItalicFont = localFont({
  src: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2',
  variable: '--font-text-italic',
  style: 'italic',
  display: 'optional',
  weight: '300 800',
  preload: false,
});
