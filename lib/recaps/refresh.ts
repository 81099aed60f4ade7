import { revalidatePath, updateTag } from 'next/cache';
import { headers } from 'next/headers';
import { cacheTags } from '@/lib/cache-tags';
import { db } from '@/lib/db/client';

/** False in command-line scripts and tests: there is no Next.js request and no page cache there. */
async function insideNextRequest(): Promise<boolean> {
  try {
    await headers();
    return true;
  } catch {
    return false;
  }
}

/**
 * Refreshes the public archive after a publish, unpublish, a change to a public
 * recap or to the catalog. A recap can show up on its episode, its season, the
 * home page, lists and feeds, and on any character or storyline page (tags can
 * change with the same edit), so every archive tag expires at once (updateTag:
 * the next request renders fresh data, not a stale copy) and the rendered
 * routes are marked stale. Must run inside a server action.
 */
export async function refreshPublicPages(): Promise<void> {
  if (!(await insideNextRequest())) return;
  const [characters, storylines, seasons, episodes] = await Promise.all([
    db().character.findMany({ select: { slug: true } }),
    db().storyline.findMany({ select: { slug: true } }),
    db().season.findMany({ select: { number: true } }),
    db().episode.findMany({ where: { recap: { isNot: null } }, select: { slug: true } }),
  ]);
  const tags = [
    cacheTags.episodes,
    cacheTags.characters,
    cacheTags.storylines,
    ...episodes.map((episode) => cacheTags.episode(episode.slug)),
    ...seasons.map((season) => cacheTags.season(season.number)),
    ...characters.map((character) => cacheTags.character(character.slug)),
    ...storylines.map((storyline) => cacheTags.storyline(storyline.slug)),
  ];
  for (const tag of tags) updateTag(tag);
  revalidatePath('/', 'layout');
}
