import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { publicScript } from '@/components/site/public-script';
import { cachedSeasons } from '@/lib/seasons/queries';

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const seasons = (await cachedSeasons()).map(({ number, episodeCount }) => ({ number, episodeCount }));
  return (
    <>
      <a className="skip-link" href="#inhalt">
        Zum Inhalt springen
      </a>
      <SiteHeader seasons={seasons} />
      <main id="inhalt" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
      {/* Live search hits, spoiler horizon, audio seeking: a few lines instead of client components. */}
      <script dangerouslySetInnerHTML={{ __html: publicScript }} />
    </>
  );
}
