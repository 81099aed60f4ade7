import { cached, cacheTags } from '@/lib/cache/tags';
import { db } from '@/lib/db/client';
import { isPublicRecap, visibilitySelect } from '@/lib/recaps/visibility';

/** Seasons with their episode count and how many have a public recap. */
export async function listSeasons() {
  const seasons = await db().season.findMany({
    orderBy: { number: 'asc' },
    select: {
      number: true,
      episodes: { select: { airDate: true, recap: { select: visibilitySelect } }, orderBy: { number: 'asc' } },
    },
  });
  return seasons.map((season) => ({
    number: season.number,
    episodeCount: season.episodes.length,
    recapCount: season.episodes.filter((episode) => isPublicRecap(episode.recap)).length,
    firstAired: season.episodes[0]?.airDate ?? null,
    lastAired: season.episodes.at(-1)?.airDate ?? null,
  }));
}

/** One season with every episode; recaps (excerpt, storylines) only where public. */
export async function getSeason(number: number) {
  const season = await db().season.findFirst({
    where: { number },
    select: {
      number: true,
      episodes: {
        orderBy: { number: 'asc' },
        select: {
          slug: true,
          number: true,
          title: true,
          airDate: true,
          airDateVerified: true,
          recap: {
            select: {
              ...visibilitySelect,
              excerpt: true,
              storylines: {
                select: { storyline: { select: { title: true, slug: true } } },
                orderBy: { storyline: { title: 'asc' } },
              },
            },
          },
        },
      },
    },
  });
  if (!season) return null;
  const episodes = season.episodes.map(({ recap, ...episode }) => ({
    ...episode,
    recap: recap && isPublicRecap(recap) ? { excerpt: recap.excerpt, storylines: recap.storylines.map((s) => s.storyline) } : null,
  }));
  const storylines = new Map<string, { title: string; slug: string; episodes: number[] }>();
  for (const episode of episodes) {
    for (const storyline of episode.recap?.storylines ?? []) {
      const entry = storylines.get(storyline.slug) ?? { ...storyline, episodes: [] };
      entry.episodes.push(episode.number);
      storylines.set(storyline.slug, entry);
    }
  }
  return { number: season.number, episodes, storylines: [...storylines.values()] };
}

export async function listSeasonNumbers() {
  return (await db().season.findMany({ orderBy: { number: 'asc' }, select: { number: true } })).map((s) => s.number);
}

// Cached reads for pages: tagged so that publishing refreshes them (lib/cache/tags.ts).
export const cachedSeasons = () => cached(listSeasons, ['seasons'], [cacheTags.episodes]);
export const cachedSeason = (number: number) =>
  cached(() => getSeason(number), ['season', String(number)], [cacheTags.season(number), cacheTags.episodes]);
