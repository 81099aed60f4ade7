import { cached, cacheTags } from '@/lib/cache/tags';
import { db } from '@/lib/db/client';
import { publicEpisodeWhere, publicRecapWhere } from '@/lib/recaps/visibility';
import { parseSlugParam } from '@/lib/text/params';
import { relatedEpisodes, storylineNeighbours } from './related';

const episodeOrder = [{ season: { number: 'asc' as const } }, { number: 'asc' as const }];

const tagSelect = {
  characters: {
    select: { source: true, character: { select: { name: true, shortName: true, slug: true } } },
    orderBy: { character: { name: 'asc' as const } },
  },
  storylines: {
    select: { source: true, storyline: { select: { title: true, slug: true } } },
    orderBy: { storyline: { title: 'asc' as const } },
  },
};

/** A published episode with its recap, tags and neighbours in the archive; null when not public. */
export async function getPublicEpisode(slug: string) {
  const episode = await db().episode.findFirst({
    where: { slug, ...publicEpisodeWhere() },
    select: {
      id: true,
      slug: true,
      number: true,
      title: true,
      airDate: true,
      airDateVerified: true,
      recordedAt: true,
      audioUrl: true,
      podcastEpisodeNumber: true,
      season: { select: { number: true } },
      recap: { select: { body: true, excerpt: true, publishedAt: true, updatedAt: true, ...tagSelect } },
    },
  });
  if (!episode?.recap) return null;
  const archive = await listPublicEpisodeIndex();
  const index = archive.findIndex((entry) => entry.slug === slug);
  const self = archive[index];
  return {
    ...episode,
    recap: episode.recap,
    previous: archive[index - 1] ?? null,
    next: archive[index + 1] ?? null,
    storylineNeighbours: self ? storylineNeighbours(self, archive) : [],
    related: self ? relatedEpisodes(self, archive) : [],
  };
}

/** Every public episode in viewing order (season, number): for neighbours and static generation. */
export async function listPublicEpisodeSlugs() {
  return db().episode.findMany({
    where: publicEpisodeWhere(),
    orderBy: episodeOrder,
    select: { slug: true, number: true, title: true, season: { select: { number: true } } },
  });
}

/** Every public episode in viewing order with excerpt and tag slugs: pager, storyline neighbours, related episodes. */
export async function listPublicEpisodeIndex() {
  const episodes = await db().episode.findMany({
    where: publicEpisodeWhere(),
    orderBy: episodeOrder,
    select: {
      slug: true,
      number: true,
      title: true,
      season: { select: { number: true } },
      recap: {
        select: {
          excerpt: true,
          characters: { select: { character: { select: { slug: true } } } },
          storylines: { select: { storyline: { select: { slug: true, title: true } } } },
        },
      },
    },
  });
  return episodes.map(({ recap, ...episode }) => ({
    ...episode,
    excerpt: recap?.excerpt ?? '',
    characters: recap?.characters.map((c) => c.character.slug) ?? [],
    storylines: recap?.storylines.map((s) => s.storyline) ?? [],
  }));
}

export type IndexedEpisode = Awaited<ReturnType<typeof listPublicEpisodeIndex>>[number];

/** The newest public recaps for the home page. */
export async function listLatestRecaps(take = 6) {
  return db().episode.findMany({
    where: publicEpisodeWhere(),
    orderBy: [{ recap: { publishedAt: 'desc' } }, { season: { number: 'desc' } }, { number: 'desc' }],
    take,
    select: {
      slug: true,
      number: true,
      title: true,
      season: { select: { number: true } },
      recap: { select: { excerpt: true, publishedAt: true } },
    },
  });
}

// Cached reads for pages: tagged so that publishing refreshes them (lib/cache/tags.ts).
export const cachedPublicEpisode = (slug: string) =>
  cached(() => getPublicEpisode(slug), ['public-episode', slug], [cacheTags.episode(slug), cacheTags.episodes]);
export const cachedPublicEpisodeIndex = () => cached(listPublicEpisodeIndex, ['public-episode-index'], [cacheTags.episodes]);

/** The route segment `/episode/[slug]` for every public episode (the page, its share image, its chapters). */
export async function publicEpisodeParams(): Promise<{ slug: string }[]> {
  return (await listPublicEpisodeSlugs()).map((episode) => ({ slug: episode.slug }));
}

/** The public episode a `/episode/[slug]` route is asked for, or null (no slug of ours, not published). */
export async function publicEpisodeForParams(params: Promise<{ slug: string }>) {
  const slug = parseSlugParam((await params).slug);
  return slug ? cachedPublicEpisode(slug) : null;
}

export const cachedLatestRecaps = (take = 6) => cached(() => listLatestRecaps(take), ['latest-recaps', String(take)], [cacheTags.episodes]);

/** Published recaps for feeds, newest first; optionally only those tagged with a character or storyline. */
export async function listRecapsForFeed(filter: { character?: string; storyline?: string } = {}, take = 50) {
  return db().episode.findMany({
    where: {
      recap: {
        is: {
          ...publicRecapWhere(),
          ...(filter.character ? { characters: { some: { character: { slug: filter.character } } } } : {}),
          ...(filter.storyline ? { storylines: { some: { storyline: { slug: filter.storyline } } } } : {}),
        },
      },
    },
    orderBy: [{ recap: { publishedAt: 'desc' } }, { season: { number: 'desc' } }, { number: 'desc' }],
    take,
    select: {
      slug: true,
      number: true,
      title: true,
      season: { select: { number: true } },
      recap: {
        select: {
          body: true,
          excerpt: true,
          publishedAt: true,
          updatedAt: true,
          characters: { select: { character: { select: { name: true } } } },
          storylines: { select: { storyline: { select: { title: true } } } },
        },
      },
    },
  });
}

export const cachedRecapsForFeed = (filter: { character?: string; storyline?: string } = {}) =>
  cached(
    () => listRecapsForFeed(filter),
    ['feed', filter.character ?? '', filter.storyline ?? ''],
    [
      cacheTags.episodes,
      cacheTags.recapTexts,
      ...(filter.character ? [cacheTags.character(filter.character)] : []),
      ...(filter.storyline ? [cacheTags.storyline(filter.storyline)] : []),
    ],
  );
