import { cached, cacheTags } from '@/lib/cache/tags';
import { db } from '@/lib/db/client';
import { publicRecapWhere } from '@/lib/recaps/visibility';

export async function listStorylines() {
  const storylines = await db().storyline.findMany({
    orderBy: { title: 'asc' },
    select: {
      slug: true,
      title: true,
      description: true,
      characters: { select: { character: { select: { shortName: true, slug: true } } } },
      _count: { select: { recaps: { where: { recap: publicRecapWhere() } } } },
    },
  });
  return storylines.map(({ _count, characters, ...storyline }) => ({
    ...storyline,
    characters: characters.map((c) => c.character),
    episodeCount: _count.recaps,
  }));
}

/** A storyline as a timeline: its public episodes in viewing order with excerpts. */
export async function getStoryline(slug: string) {
  const storyline = await db().storyline.findUnique({
    where: { slug },
    select: {
      title: true,
      slug: true,
      description: true,
      characters: { select: { character: { select: { name: true, shortName: true, slug: true } } } },
      recaps: {
        where: { recap: publicRecapWhere() },
        select: {
          recap: {
            select: {
              excerpt: true,
              episode: { select: { slug: true, number: true, title: true, airDate: true, season: { select: { number: true } } } },
            },
          },
        },
      },
    },
  });
  if (!storyline) return null;
  const episodes = storyline.recaps
    .flatMap(({ recap }) => (recap.episode ? [{ ...recap.episode, excerpt: recap.excerpt }] : []))
    .sort((a, b) => a.season.number - b.season.number || a.number - b.number);
  return { ...storyline, characters: storyline.characters.map((c) => c.character), episodes };
}

export async function listStorylineSlugs() {
  return (await db().storyline.findMany({ select: { slug: true } })).map((s) => s.slug);
}

// Cached reads for pages: tagged so that publishing refreshes them (lib/cache/tags.ts).
export const cachedStorylines = () => cached(listStorylines, ['storylines'], [cacheTags.storylines]);
export const cachedStoryline = (slug: string) =>
  cached(() => getStoryline(slug), ['storyline', slug], [cacheTags.storyline(slug), cacheTags.storylines]);
