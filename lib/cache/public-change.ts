import { z } from 'zod';

// What a save of a public recap changed for listeners, so only the pages that show it are
// regenerated. Typing in the middle or at the end of a recap changes its text but neither its
// excerpt nor its tags: then only its own page, the search and the feeds show anything new.
// Every other page that mentions the episode (lists, character and storyline pages, the pager
// of every episode page) shows its excerpt and tags, and is left alone.

/** Beyond this many recaps at once, marking everything is as cheap as listing them. */
const maxEpisodes = 50;

export const publicChangeSchema = z.discriminatedUnion('kind', [
  /** Only the text: the recap's own page, the search and the feeds. */
  z.object({ kind: z.literal('text'), episodeIds: z.array(z.number().int().positive()).min(1).max(maxEpisodes) }),
  /** Its excerpt or tags too: every page of the archive may show it. */
  z.object({ kind: z.literal('listing') }),
]);

export type PublicChange = z.infer<typeof publicChangeSchema>;

export const listingChange: PublicChange = { kind: 'listing' };

export function textChange(episodeId: number): PublicChange {
  return { kind: 'text', episodeIds: [episodeId] };
}

/** Both changes at once, as one refresh covers them. */
export function mergeChanges(a: PublicChange | null, b: PublicChange): PublicChange {
  if (!a) return b;
  if (a.kind === 'listing' || b.kind === 'listing') return listingChange;
  const episodeIds = [...new Set([...a.episodeIds, ...b.episodeIds])];
  return episodeIds.length > maxEpisodes ? listingChange : { kind: 'text', episodeIds };
}
