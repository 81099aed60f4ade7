import { db } from '@/lib/db/client';
import { publicEpisodeWhere } from '@/lib/recaps/visibility';

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
  const archive = await listPublicEpisodeSlugs();
  const index = archive.findIndex((entry) => entry.slug === slug);
  return { ...episode, recap: episode.recap, previous: archive[index - 1] ?? null, next: archive[index + 1] ?? null };
}

/** Every public episode in viewing order (season, number): for neighbours and static generation. */
export async function listPublicEpisodeSlugs() {
  return db().episode.findMany({
    where: publicEpisodeWhere(),
    orderBy: episodeOrder,
    select: { slug: true, number: true, title: true, season: { select: { number: true } } },
  });
}

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
