type Entry = {
  slug: string;
  number: number;
  title: string;
  excerpt: string;
  season: { number: number };
  characters: string[];
  storylines: { slug: string; title: string }[];
};

type Neighbour = Pick<Entry, 'slug' | 'number' | 'title' | 'season'>;

const brief = ({ slug, number, title, season }: Entry): Neighbour => ({ slug, number, title, season });

/** For each storyline of an episode: the episode before and after it in that storyline (archive is in viewing order). */
export function storylineNeighbours(self: Entry, archive: Entry[]) {
  return self.storylines.map((storyline) => {
    const arc = archive.filter((entry) => entry.storylines.some((s) => s.slug === storyline.slug));
    const at = arc.findIndex((entry) => entry.slug === self.slug);
    const before = arc[at - 1];
    const after = arc[at + 1];
    return { storyline, before: before ? brief(before) : null, after: after ? brief(after) : null };
  });
}

/**
 * Episodes that share the most storylines (counted thrice) and characters with this one;
 * ties go to the closer episode in viewing order. Main characters appear almost
 * everywhere, so storylines decide first.
 */
export function relatedEpisodes(self: Entry, archive: Entry[], take = 4) {
  const selfAt = archive.findIndex((entry) => entry.slug === self.slug);
  const storylines = new Set(self.storylines.map((s) => s.slug));
  const characters = new Set(self.characters);
  return archive
    .map((entry, at) => ({
      entry,
      distance: Math.abs(at - selfAt),
      score:
        3 * entry.storylines.filter((s) => storylines.has(s.slug)).length +
        entry.characters.filter((slug) => characters.has(slug)).length,
    }))
    .filter(({ entry, score }) => entry.slug !== self.slug && score > 0)
    .sort((a, b) => b.score - a.score || a.distance - b.distance)
    .slice(0, take)
    .map(({ entry }) => ({ ...brief(entry), excerpt: entry.excerpt }));
}
