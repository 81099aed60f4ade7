import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { horizonScript } from '@/components/spoiler/horizon';
import { feedLinks } from '@/lib/feeds/links';
import { siteName } from '@/lib/seo/site';
import { siteUrl } from '@/lib/env';
import { displayFont, textFont, textItalicFont } from './fonts';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: 'Rewatch – Sex and the City, Folge für Folge', template: '%s · Rewatch' },
  description: 'Das Archiv des Rewatch-Podcasts: Chris und Nils schauen Sex and the City noch einmal, Folge für Folge.',
  applicationName: siteName,
  alternates: { types: feedLinks() },
  openGraph: { siteName, locale: 'de_DE', type: 'website' },
  twitter: { card: 'summary_large_image' },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#faf6f1' },
    { media: '(prefers-color-scheme: dark)', color: '#171314' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="de" className={`${displayFont.variable} ${textFont.variable} ${textItalicFont.variable}`} suppressHydrationWarning>
      <head>
        {/* Applies the listener's spoiler horizon before the first paint (components/spoiler/horizon.ts). */}
        <script dangerouslySetInnerHTML={{ __html: horizonScript }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
