import { publicAlternates } from '@/lib/feeds/links';
import type { Metadata } from 'next';
import { EpisodeCard } from '@/components/archive/episode-card';
import { Spoiler } from '@/components/spoiler/spoiler';
import { cachedLatestRecaps } from '@/lib/episodes/queries';
import { cachedSeasons } from '@/lib/seasons/queries';
import { formatYear } from '@/lib/text/dates';
import { paths } from '@/lib/seo/paths';

export const revalidate = 60;
export const metadata: Metadata = { alternates: publicAlternates('/') };

export default async function HomePage() {
  const [seasons, latest] = await Promise.all([cachedSeasons(), cachedLatestRecaps(6)]);
  const recapTotal = seasons.reduce((sum, season) => sum + season.recapCount, 0);
  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <p className="eyebrow">Der Rewatch-Podcast</p>
        <h1 id="hero-title">
          Vier Frauen, eine Stadt, <em>{seasons.reduce((sum, season) => sum + season.episodeCount, 0)} Folgen</em>.
        </h1>
        <p className="lede">
          Chris und Nils schauen <cite>Sex and the City</cite> noch einmal von vorn und schreiben nach jeder Aufnahme auf, was
          passiert ist. Hier stehen alle {recapTotal} Recaps, nach Staffeln, Figuren und Handlungssträngen.
        </p>
      </section>

      <section aria-labelledby="seasons-title" className="section">
        <h2 id="seasons-title" className="section__title">
          Staffeln
        </h2>
        <ol className="season-grid">
          {seasons.map((season) => (
            <li key={season.number}>
              <a href={paths.season(season.number)} className="season-tile">
                <span className="season-tile__number">{season.number}</span>
                <span className="season-tile__label">Staffel {season.number}</span>
                <span className="season-tile__meta">
                  {season.firstAired ? formatYear(season.firstAired) : ''} · {season.episodeCount} Folgen ·{' '}
                  {season.recapCount === 0 ? 'noch keine Recaps' : `${season.recapCount} Recaps`}
                </span>
              </a>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="latest-title" className="section">
        <h2 id="latest-title" className="section__title">
          Zuletzt veröffentlicht
        </h2>
        <div className="card-list">
          {latest.map((episode) => (
            <Spoiler key={episode.slug} season={episode.season.number} number={episode.number}>
              <EpisodeCard
                slug={episode.slug}
                season={episode.season.number}
                number={episode.number}
                title={episode.title}
                excerpt={episode.recap?.excerpt ?? null}
              />
            </Spoiler>
          ))}
        </div>
      </section>
    </>
  );
}
