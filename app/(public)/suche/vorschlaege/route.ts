import { parseSearchParams } from '@/lib/search/params';
import { cachedSearchRecaps } from '@/lib/search/queries';

// Live results for the header's search box: the first hits, titles only.
export async function GET(request: Request) {
  const url = new URL(request.url);
  const { params } = parseSearchParams({ q: url.searchParams.get('q') ?? '' });
  const result = await cachedSearchRecaps({ ...params, season: null, character: null, storyline: null }, 6);
  const hits = result.hits.map(({ slug, season, number, title, snippet }) => ({ slug, season, number, title, snippet }));
  return Response.json({ hits, total: result.total }, { headers: { 'Cache-Control': 'public, max-age=60' } });
}
