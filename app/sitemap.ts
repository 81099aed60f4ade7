import type { MetadataRoute } from 'next';
import { cachedCharacters } from '@/lib/characters/queries';
import { cachedPublicEpisodeIndex, cachedRecapsForFeed } from '@/lib/episodes/queries';
import { cachedSeasons } from '@/lib/seasons/queries';
import { paths } from '@/lib/seo/paths';
import { absoluteUrl } from '@/lib/seo/site';
import { cachedStorylines } from '@/lib/storylines/queries';

export const revalidate = 60;

/** Every public page: published episodes only, seasons, and characters and storylines with published recaps. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [episodes, recent, seasons, characters, storylines] = await Promise.all([
    cachedPublicEpisodeIndex(),
    cachedRecapsForFeed(),
    cachedSeasons(),
    cachedCharacters(),
    cachedStorylines(),
  ]);
  const modified = new Map(recent.map((episode) => [episode.slug, episode.recap?.updatedAt]));
  return [
    { url: absoluteUrl('/'), changeFrequency: 'weekly', priority: 1 },
    { url: absoluteUrl('/figuren'), changeFrequency: 'weekly' },
    { url: absoluteUrl('/handlungsstraenge'), changeFrequency: 'weekly' },
    ...seasons.map((season) => ({ url: absoluteUrl(paths.season(season.number)), changeFrequency: 'weekly' as const })),
    ...episodes.map((episode) => ({
      url: absoluteUrl(paths.episode(episode.slug)),
      lastModified: modified.get(episode.slug),
      changeFrequency: 'monthly' as const,
      priority: 0.8,
    })),
    ...characters.filter((c) => c.episodeCount > 0).map((c) => ({ url: absoluteUrl(paths.character(c.slug)) })),
    ...storylines.filter((s) => s.episodeCount > 0).map((s) => ({ url: absoluteUrl(paths.storyline(s.slug)) })),
  ];
}
