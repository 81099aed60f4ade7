import { cachedRecapsForFeed } from '@/lib/episodes/queries';
import { archiveFeedInfo, buildFeed, feedResponse } from '@/lib/feeds/build';

export const dynamic = 'force-static';
export const revalidate = 60;

export async function GET() {
  return feedResponse(buildFeed(archiveFeedInfo, await cachedRecapsForFeed(), 'atom'), 'atom');
}
