import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { displayFont, textFont, uiFont } from './fonts';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Rewatch – Sex and the City, Folge für Folge', template: '%s · Rewatch' },
  description: 'Das Archiv des Rewatch-Podcasts: Chris und Nils schauen Sex and the City noch einmal, Folge für Folge.',
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#faf6f1' },
    { media: '(prefers-color-scheme: dark)', color: '#171314' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="de" className={`${displayFont.variable} ${textFont.variable} ${uiFont.variable}`}>
      <body>{children}</body>
    </html>
  );
}
