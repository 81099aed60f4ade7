import { isDatabaseUnavailable } from '@/lib/db/unavailable';
import { parseSearchParams } from '@/lib/search/params';
import { cachedSearchRecaps } from '@/lib/search/queries';

// Live results for the header's search box: the first hits, titles only, and no count (the
// box shows none, and counting is most of a broad query's work).
export async function GET(request: Request) {
  const url = new URL(request.url);
  const { params } = parseSearchParams({ q: url.searchParams.get('q') ?? '' });
  let result: Awaited<ReturnType<typeof cachedSearchRecaps>>;
  try {
    result = await cachedSearchRecaps({ ...params, season: null, character: null, storyline: null }, { limit: 6, count: false });
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return Response.json({ error: 'Die Suche ist gerade nicht erreichbar.' }, { status: 503, headers: { 'Retry-After': '30' } });
  }
  const hits = result.hits.map(({ slug, season, number, title, snippet }) => ({ slug, season, number, title, snippet }));
  return Response.json({ hits }, { headers: { 'Cache-Control': 'public, max-age=60' } });
}
