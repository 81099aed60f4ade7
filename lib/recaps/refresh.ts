import { revalidatePath } from 'next/cache';

/**
 * Refreshes the statically generated public pages after a publish, unpublish or an
 * edit of a published recap: the episode, its season, the home page and every
 * character and storyline page can show it, so the whole public tree is marked
 * stale and regenerated on its next request.
 */
export function refreshPublicPages(): void {
  try {
    revalidatePath('/', 'layout');
  } catch (error) {
    // Outside a Next.js request (command-line scripts, tests) there is no page cache to refresh.
    if (!(error instanceof Error && /static generation store|outside a request scope/i.test(error.message))) throw error;
  }
}
