import { cachedPublicEpisode, listPublicEpisodeSlugs } from '@/lib/episodes/queries';
import { chaptersFromBody } from '@/lib/feeds/chapters';
import { episodeCode } from '@/lib/text/slug';
import { parseSlugParam } from '@/lib/text/params';

export const revalidate = 60;

export async function generateStaticParams() {
  return (await listPublicEpisodeSlugs()).map((episode) => ({ slug: episode.slug }));
}

/** Podcasting 2.0 chapters of a published recap, for the hosts to hand to their podcast host. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlugParam((await params).slug);
  const episode = slug ? await cachedPublicEpisode(slug) : null;
  if (!episode) return Response.json({ error: 'Diese Folge ist nicht veröffentlicht.' }, { status: 404 });
  const file = chaptersFromBody(episode.recap.body, `${episodeCode(episode.season.number, episode.number)} ${episode.title}`);
  return new Response(JSON.stringify(file, null, 2), { headers: { 'Content-Type': 'application/json+chapters; charset=utf-8' } });
}
