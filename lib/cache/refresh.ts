import { revalidatePath, revalidateTag, updateTag } from 'next/cache';
import { after } from 'next/server';
import { db } from '@/lib/db/client';
import { insideNext } from '@/lib/env';
import type { PublicChange } from './public-change';
import { cacheTags } from './tags';
import { type Defer, type RefreshThrottle, throttleRefresh } from './throttle';

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
  if (!insideNext()) return;
  for (const tag of await archiveTags()) updateTag(tag);
  revalidatePath('/', 'layout');
}

/** The tags of what a change shows up on (./public-change.ts). */
async function tagsOf(change: PublicChange): Promise<string[]> {
  if (change.kind === 'listing') return archiveTags();
  const episodes = await db().episode.findMany({ where: { id: { in: change.episodeIds } }, select: { slug: true } });
  return [cacheTags.recapTexts, ...episodes.map((episode) => cacheTags.episode(episode.slug))];
}

/**
 * A public recap changed (autosave in the studio, live editing): the tags of what shows the
 * change are marked stale, so the next visitor of such a page still gets it at once and its
 * fresh version is rendered in the background. Expiring them outright, as a publish does, made
 * every visitor wait for a new render after each autosave, which queued up on the database
 * until saves failed. Works in server actions, route handlers and `after`; a failure is
 * logged, never turned into a failed save.
 */
export async function markPublicPagesStale(change: PublicChange): Promise<void> {
  try {
    for (const tag of await tagsOf(change)) revalidateTag(tag, 'max');
  } catch (error) {
    console.error('Öffentliche Seiten nicht als veraltet markiert (sie folgen nach spätestens einer Minute):', error);
  }
}

// Deferred with `after` of the save that asks, so the tags are marked in that request's
// context (a bare timer has none) once its answer is out.
const afterSave: Defer = (waitMs, run) => {
  let cancelled = false;
  after(async () => {
    await new Promise((resolve) => setTimeout(resolve, waitMs));
    if (!cancelled) await run();
  });
  return () => {
    cancelled = true;
  };
};

// One per process (Next's dev server reloads modules, hence the global), so its interval holds across requests.
const globalForRefresh = globalThis as unknown as { rewatchPublicRefresh?: RefreshThrottle };

/**
 * A public recap was saved from the studio. Its pages are marked stale at most once every
 * three seconds however often the hosts' editors autosave, and the save does not wait for it.
 */
export function publicRecapEdited(change: PublicChange): void {
  if (!insideNext()) return;
  globalForRefresh.rewatchPublicRefresh ??= throttleRefresh({ send: markPublicPagesStale, defer: afterSave });
  globalForRefresh.rewatchPublicRefresh.changed(change);
}
