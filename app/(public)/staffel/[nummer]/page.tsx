import { publicAlternates } from '@/lib/feeds/links';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EpisodeCode } from '@/components/archive/episode-code';
import { SeasonArcGrid } from '@/components/archive/season-arc-grid';
import { Spoiler } from '@/components/spoiler/spoiler';
import { cachedSeason, listSeasonNumbers } from '@/lib/seasons/queries';
import { paths } from '@/lib/seo/paths';
import { formatDate } from '@/lib/text/dates';
import { parseSeasonParam } from '@/lib/text/params';

export const revalidate = 60;

type Props = { params: Promise<{ nummer: string }> };

export async function generateStaticParams() {
  return (await listSeasonNumbers()).map((number) => ({ nummer: String(number) }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const number = parseSeasonParam((await params).nummer);
  return number ? { title: `Staffel ${number}`, alternates: publicAlternates(paths.season(number)) } : { title: 'Staffel nicht gefunden' };
}

export default async function SeasonPage({ params }: Props) {
  const number = parseSeasonParam((await params).nummer);
  const season = number ? await cachedSeason(number) : null;
  if (!season) notFound();
  const withRecap = season.episodes.filter((episode) => episode.recap).length;
  return (
    <>
      <nav aria-label="Brotkrumen" className="breadcrumbs">
        <a href="/">Archiv</a> <span aria-hidden="true">/</span> <span>Staffel {season.number}</span>
      </nav>
      <header className="page-intro">
        <p className="eyebrow">Sex and the City</p>
        <h1>Staffel {season.number}</h1>
        <p className="lede">
          {season.episodes.length} Folgen, {withRecap === 0 ? 'noch keine besprochen' : `${withRecap} davon mit Recap`}.
        </p>
      </header>

      {season.storylines.length > 0 ? (
        <section aria-labelledby="arcs-title" className="section">
          <h2 id="arcs-title" className="section__title">
            Handlungsstränge dieser Staffel
          </h2>
          <SeasonArcGrid season={season.number} episodes={season.episodes.map((episode) => episode.number)} storylines={season.storylines} />
        </section>
      ) : null}

      <section aria-labelledby="episodes-title" className="section">
        <h2 id="episodes-title" className="section__title">
          Folgen
        </h2>
        <ol className="episode-list">
          {season.episodes.map((episode) => (
            <li key={episode.slug} className={episode.recap ? 'episode-row' : 'episode-row episode-row--pending'}>
              <EpisodeCode season={season.number} number={episode.number} />
              <div>
                <h3 className="episode-row__title">
                  {episode.recap ? <a href={paths.episode(episode.slug)}>{episode.title}</a> : episode.title}
                </h3>
                <p className="episode-row__meta">
                  {episode.airDate ? `Erstausstrahlung ${formatDate(episode.airDate)}${episode.airDateVerified ? '' : ' (ungefähr)'}` : ''}
                  {episode.recap ? '' : ' · noch kein Recap'}
                </p>
                {episode.recap ? (
                  <Spoiler season={season.number} number={episode.number}>
                    <p className="episode-row__excerpt">{episode.recap.excerpt}</p>
                  </Spoiler>
                ) : null}
              </div>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
