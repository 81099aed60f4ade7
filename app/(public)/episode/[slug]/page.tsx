import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EpisodeCode } from '@/components/archive/episode-code';
import { EpisodePager } from '@/components/archive/episode-pager';
import { TagList } from '@/components/archive/tag-list';
import { RecapBody } from '@/components/recap/recap-body';
import { getPublicEpisode, listPublicEpisodeSlugs } from '@/lib/episodes/queries';
import { formatDate } from '@/lib/text/dates';
import { parseSlugParam } from '@/lib/text/params';
import { episodeCode } from '@/lib/text/slug';

export const revalidate = 3600;

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props['params']) {
  const slug = parseSlugParam((await params).slug);
  return slug ? getPublicEpisode(slug) : null;
}

export async function generateStaticParams() {
  return (await listPublicEpisodeSlugs()).map((episode) => ({ slug: episode.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const episode = await load(params);
  if (!episode) return { title: 'Folge nicht gefunden' };
  return {
    title: `${episodeCode(episode.season.number, episode.number)} ${episode.title}`,
    description: episode.recap.excerpt,
  };
}

export default async function EpisodePage({ params }: Props) {
  const episode = await load(params);
  if (!episode) notFound();
  const { recap } = episode;
  return (
    <article className="episode">
      <nav aria-label="Brotkrumen" className="breadcrumbs">
        <Link href="/">Archiv</Link> <span aria-hidden="true">/</span>{' '}
        <Link href={`/staffel/${episode.season.number}`}>Staffel {episode.season.number}</Link>{' '}
        <span aria-hidden="true">/</span> <span>Folge {episode.number}</span>
      </nav>
      <header className="page-intro">
        <EpisodeCode season={episode.season.number} number={episode.number} />
        <h1>{episode.title}</h1>
        <p className="episode__meta">
          {episode.airDate
            ? `Erstausstrahlung ${formatDate(episode.airDate)}${episode.airDateVerified ? '' : ' (Datum ungefähr)'}`
            : null}
          {episode.podcastEpisodeNumber ? ` · Podcastfolge ${episode.podcastEpisodeNumber}` : null}
        </p>
      </header>
      <RecapBody body={recap.body} />
      <footer className="episode__tags">
        <TagList
          label="Figuren in dieser Folge"
          tags={recap.characters.map(({ character }) => ({ href: `/figuren/${character.slug}`, label: character.shortName }))}
        />
        <TagList
          label="Handlungsstränge"
          tags={recap.storylines.map(({ storyline }) => ({ href: `/handlungsstraenge/${storyline.slug}`, label: storyline.title }))}
        />
      </footer>
      <EpisodePager previous={episode.previous} next={episode.next} />
    </article>
  );
}
