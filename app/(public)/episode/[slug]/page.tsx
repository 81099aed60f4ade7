import { publicAlternates } from '@/lib/feeds/links';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EpisodeCard } from '@/components/archive/episode-card';
import { EpisodeCode } from '@/components/archive/episode-code';
import { EpisodePager } from '@/components/archive/episode-pager';
import { StorylineNeighbours } from '@/components/archive/storyline-neighbours';
import { RecapTags } from '@/components/archive/tag-list';
import { RecapBody } from '@/components/recap/recap-body';
import { JsonLd } from '@/components/site/json-ld';
import { Spoiler } from '@/components/spoiler/spoiler';
import { publicEpisodeForParams, publicEpisodeParams } from '@/lib/episodes/queries';
import { episodeJsonLd } from '@/lib/seo/json-ld';
import { paths } from '@/lib/seo/paths';
import { shareImageSize } from '@/lib/seo/site';
import { formatDate } from '@/lib/text/dates';
import { episodeCode } from '@/lib/text/slug';

export const revalidate = 60;

type Props = { params: Promise<{ slug: string }> };

export const generateStaticParams = publicEpisodeParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const episode = await publicEpisodeForParams(params);
  if (!episode) return { title: 'Folge nicht gefunden' };
  const title = `${episodeCode(episode.season.number, episode.number)} ${episode.title}`;
  const url = paths.episode(episode.slug);
  const image = { url: paths.shareImage(episode.slug), ...shareImageSize, alt: `${title} – Recap im Rewatch-Archiv` };
  return {
    title,
    description: episode.recap.excerpt,
    alternates: publicAlternates(url),
    openGraph: {
      type: 'article',
      url,
      title,
      description: episode.recap.excerpt,
      publishedTime: episode.recap.publishedAt?.toISOString(),
      modifiedTime: episode.recap.updatedAt.toISOString(),
      images: [image],
    },
    twitter: { card: 'summary_large_image', title, description: episode.recap.excerpt, images: [image] },
  };
}

export default async function EpisodePage({ params }: Props) {
  const episode = await publicEpisodeForParams(params);
  if (!episode) notFound();
  const { recap } = episode;
  const season = episode.season.number;
  return (
    <article className="episode">
      <JsonLd
        data={episodeJsonLd({
          slug: episode.slug,
          title: episode.title,
          number: episode.number,
          season,
          airDate: episode.airDate,
          excerpt: recap.excerpt,
          publishedAt: recap.publishedAt,
          updatedAt: recap.updatedAt,
          characters: recap.characters.map(({ character }) => character),
        })}
      />
      <nav aria-label="Brotkrumen" className="breadcrumbs">
        <a href="/">Archiv</a> <span aria-hidden="true">/</span> <a href={paths.season(season)}>Staffel {season}</a>{' '}
        <span aria-hidden="true">/</span> <span>Folge {episode.number}</span>
      </nav>
      <header className="page-intro">
        <EpisodeCode season={season} number={episode.number} />
        <h1>{episode.title}</h1>
        <p className="episode__meta">
          {episode.airDate
            ? `Erstausstrahlung ${formatDate(episode.airDate)}${episode.airDateVerified ? '' : ' (Datum ungefähr)'}`
            : null}
          {episode.podcastEpisodeNumber ? ` · Podcastfolge ${episode.podcastEpisodeNumber}` : null}
        </p>
      </header>
      <Spoiler season={season} number={episode.number}>
        <RecapBody body={recap.body} />
        <RecapTags recap={recap} />
      </Spoiler>
      <StorylineNeighbours neighbours={episode.storylineNeighbours} />
      {episode.related.length ? (
        <section className="section" aria-labelledby="related-title">
          <h2 id="related-title" className="section__title">
            Verwandte Folgen
          </h2>
          <ul className="card-list card-list--plain">
            {episode.related.map((related) => (
              <Spoiler key={related.slug} season={related.season.number} number={related.number} as="li">
                <EpisodeCard
                  slug={related.slug}
                  season={related.season.number}
                  number={related.number}
                  title={related.title}
                  excerpt={related.excerpt}
                />
              </Spoiler>
            ))}
          </ul>
        </section>
      ) : null}
      <EpisodePager previous={episode.previous} next={episode.next} />
    </article>
  );
}
