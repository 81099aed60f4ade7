import { unstable_cache } from 'next/cache';
import { insideNext } from '@/lib/env';

/**
 * Keeps the page being rendered in the incremental cache for one second instead of its
 * usual minute. Next takes a page's lifetime from the shortest of the cached reads it made,
 * so one read with a one-second lifetime is how a render says "do not keep me" (outside
 * `'use cache'`, which this app does not use, Next has no other way to say it).
 */
export async function expireRenderSoon(): Promise<void> {
  if (!insideNext()) return;
  await unstable_cache(async () => true, ['expire-render-soon'], { revalidate: 1 })();
}
