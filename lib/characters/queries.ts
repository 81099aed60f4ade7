import { cached, cacheTags } from '@/lib/cache/tags';
import { db } from '@/lib/db/client';
import { publicRecapWhere } from '@/lib/recaps/visibility';

/** Characters with the number of public recaps that tag them, main cast first. */
export async function listCharacters() {
  const characters = await db().character.findMany({
    orderBy: [{ kind: 'asc' }, { name: 'asc' }],
    select: {
      slug: true,
      name: true,
      shortName: true,
      kind: true,
      description: true,
      _count: { select: { recaps: { where: { recap: publicRecapWhere() } } } },
    },
  });
  return characters.map(({ _count, ...character }) => ({ ...character, episodeCount: _count.recaps }));
}

/** A character with the public episodes whose recaps tag them, in viewing order, and their storylines. */
export async function getCharacter(slug: string) {
  const character = await db().character.findUnique({
    where: { slug },
    select: {
      name: true,
      shortName: true,
      slug: true,
      aliases: true,
      kind: true,
      description: true,
      storylines: { select: { storyline: { select: { title: true, slug: true } } } },
      recaps: {
        where: { recap: publicRecapWhere() },
        select: {
          recap: {
            select: {
              excerpt: true,
              episode: { select: { slug: true, number: true, title: true, season: { select: { number: true } } } },
            },
          },
        },
      },
    },
  });
  if (!character) return null;
  const episodes = character.recaps
    .flatMap(({ recap }) => (recap.episode ? [{ ...recap.episode, excerpt: recap.excerpt }] : []))
    .sort((a, b) => a.season.number - b.season.number || a.number - b.number);
  return {
    ...character,
    storylines: character.storylines.map((s) => s.storyline),
    episodes,
    companions: await listCompanions(slug),
  };
}

/** The characters who most often appear in the same public recaps as this one. */
async function listCompanions(slug: string, take = 6) {
  const shared = await db().recapCharacter.findMany({
    where: {
      character: { slug: { not: slug } },
      recap: { ...publicRecapWhere(), characters: { some: { character: { slug } } } },
    },
    select: { character: { select: { slug: true, name: true, shortName: true } } },
  });
  const counts = new Map<string, { slug: string; name: string; shortName: string; episodes: number }>();
  for (const { character } of shared) {
    const entry = counts.get(character.slug) ?? { ...character, episodes: 0 };
    entry.episodes += 1;
    counts.set(character.slug, entry);
  }
  return [...counts.values()].sort((a, b) => b.episodes - a.episodes || a.name.localeCompare(b.name, 'de')).slice(0, take);
}

export async function listCharacterSlugs() {
  return (await db().character.findMany({ select: { slug: true } })).map((c) => c.slug);
}

// Cached reads for pages: tagged so that publishing refreshes them (lib/cache/tags.ts).
export const cachedCharacters = () => cached(listCharacters, ['characters'], [cacheTags.characters]);
export const cachedCharacter = (slug: string) =>
  cached(() => getCharacter(slug), ['character', slug], [cacheTags.character(slug), cacheTags.characters]);
