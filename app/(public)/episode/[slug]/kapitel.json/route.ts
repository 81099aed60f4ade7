import { publicEpisodeForParams, publicEpisodeParams } from '@/lib/episodes/queries';
import { chaptersFromBody } from '@/lib/feeds/chapters';
import { episodeCode } from '@/lib/text/slug';

export const revalidate = 60;

export const generateStaticParams = publicEpisodeParams;

/** Podcasting 2.0 chapters of a published recap, for the hosts to hand to their podcast host. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const episode = await publicEpisodeForParams(params);
  if (!episode) return Response.json({ error: 'Diese Folge ist nicht veröffentlicht.' }, { status: 404 });
  const file = chaptersFromBody(episode.recap.body, `${episodeCode(episode.season.number, episode.number)} ${episode.title}`);
  return new Response(JSON.stringify(file, null, 2), { headers: { 'Content-Type': 'application/json+chapters; charset=utf-8' } });
}
