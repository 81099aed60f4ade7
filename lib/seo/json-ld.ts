import { paths } from './paths';
import { absoluteUrl, showTitle, siteName } from './site';

type EpisodeInput = {
  slug: string;
  title: string;
  number: number;
  season: number;
  airDate: Date | null;
  excerpt: string;
  publishedAt: Date | null;
  updatedAt: Date;
  characters: { name: string; slug: string }[];
};

/** schema.org TVEpisode with the recap as its review (an article by the hosts). */
export function episodeJsonLd(episode: EpisodeInput) {
  const url = absoluteUrl(paths.episode(episode.slug));
  return {
    '@context': 'https://schema.org',
    '@type': 'TVEpisode',
    '@id': `${url}#folge`,
    name: episode.title,
    episodeNumber: episode.number,
    url,
    ...(episode.airDate ? { datePublished: episode.airDate.toISOString().slice(0, 10) } : {}),
    partOfSeason: { '@type': 'TVSeason', seasonNumber: episode.season, url: absoluteUrl(paths.season(episode.season)) },
    partOfSeries: { '@type': 'TVSeries', name: showTitle },
    character: episode.characters.map((character) => ({
      '@type': 'Person',
      name: character.name,
      url: absoluteUrl(paths.character(character.slug)),
    })),
    review: {
      '@type': ['Review', 'Article'],
      headline: `Recap: ${episode.title}`,
      inLanguage: 'de',
      description: episode.excerpt,
      url,
      image: absoluteUrl(paths.shareImage(episode.slug)),
      ...(episode.publishedAt ? { datePublished: episode.publishedAt.toISOString() } : {}),
      dateModified: episode.updatedAt.toISOString(),
      author: [
        { '@type': 'Person', name: 'Chris' },
        { '@type': 'Person', name: 'Nils' },
      ],
      publisher: { '@type': 'Organization', name: siteName, url: absoluteUrl('/') },
    },
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so text can never close the tag. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
