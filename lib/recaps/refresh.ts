import { revalidatePath, revalidateTag, updateTag } from 'next/cache';
import { headers } from 'next/headers';
import { cacheTags } from '@/lib/cache-tags';
import { db } from '@/lib/db/client';
import { appInternalUrl, env } from '@/lib/env';
import type { PublicChange } from './public-change';
import { createPublicRefresher, type PublicRefresher } from './public-refresher';

/** False in command-line scripts and tests: there is no Next.js request and no page cache there. */
async function insideNextRequest(): Promise<boolean> {
  try {
    await headers();
    return true;
  } catch {
    return false;
  }
}

/** Every cache tag of the archive: a recap can show up on its episode, its season, the home page, lists, feeds and any character or storyline page. */
async function archiveTags(): Promise<string[]> {
  const [characters, storylines, seasons, episodes] = await Promise.all([
    db().character.findMany({ select: { slug: true } }),
    db().storyline.findMany({ select: { slug: true } }),
    db().season.findMany({ select: { number: true } }),
    db().episode.findMany({ where: { recap: { isNot: null } }, select: { slug: true } }),
  ]);
  return [
    cacheTags.episodes,
    cacheTags.recapTexts,
    cacheTags.characters,
    cacheTags.storylines,
    ...episodes.map((episode) => cacheTags.episode(episode.slug)),
    ...seasons.map((season) => cacheTags.season(season.number)),
    ...characters.map((character) => cacheTags.character(character.slug)),
    ...storylines.map((storyline) => cacheTags.storyline(storyline.slug)),
  ];
}

/**
 * Refreshes the public archive after a publish, unpublish, a change to a public
 * recap or to the catalog. Tags can change with the same edit, so every archive tag
 * expires at once (updateTag: the next request renders fresh data, not a stale copy)
 * and the rendered routes are marked stale. Must run inside a server action.
 */
export async function refreshPublicPages(): Promise<void> {
  if (!(await insideNextRequest())) return;
  for (const tag of await archiveTags()) updateTag(tag);
  revalidatePath('/', 'layout');
}

/** The tags of what a change shows up on (lib/recaps/public-change.ts). */
async function tagsOf(change: PublicChange): Promise<string[]> {
  if (change.kind === 'listing') return archiveTags();
  const episodes = await db().episode.findMany({ where: { id: { in: change.episodeIds } }, select: { slug: true } });
  return [cacheTags.recapTexts, ...episodes.map((episode) => cacheTags.episode(episode.slug))];
}

/**
 * A public recap changed (autosave in the studio, live editing): the tags of what shows the
 * change are marked stale, so the next visitor of such a page still gets it at once and its
 * fresh version is rendered in the background. Expiring them outright, as a publish does, made
 * every visitor wait for a new render after each autosave; under load that queued up on the
 * database until saves failed (bench/load-with-writers.ts). Works in server actions and route
 * handlers; a failure is logged, never turned into a failed save.
 */
export async function markPublicPagesStale(change: PublicChange): Promise<void> {
  try {
    for (const tag of await tagsOf(change)) revalidateTag(tag, 'max');
  } catch (error) {
    console.error('Öffentliche Seiten nicht als veraltet markiert (sie folgen nach spätestens einer Minute):', error);
  }
}

// One per process (Next's dev server reloads modules, hence the global), so its interval holds across requests.
const globalForRefresh = globalThis as unknown as { rewatchPublicRefresher?: PublicRefresher };

/**
 * A public recap was saved from the studio. Its pages are marked stale through the app's own
 * refresh route (as for live edits), at most once every three seconds however often the
 * hosts' editors autosave; the save does not wait for it. Outside Next there are no pages.
 */
export async function publicRecapEdited(change: PublicChange): Promise<void> {
  if (!process.env.NEXT_RUNTIME) return;
  if (!env.NEXTAUTH_SECRET) return markPublicPagesStale(change);
  globalForRefresh.rewatchPublicRefresher ??= createPublicRefresher({ appUrl: appInternalUrl(), secret: env.NEXTAUTH_SECRET, log: console.error });
  globalForRefresh.rewatchPublicRefresher.changed(change);
}
