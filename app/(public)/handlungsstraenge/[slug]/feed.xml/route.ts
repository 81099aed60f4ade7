import { cachedRecapsForFeed } from '@/lib/episodes/queries';
import { buildFeed, feedResponse } from '@/lib/feeds/build';
import { paths } from '@/lib/seo/paths';
import { cachedStoryline, listStorylineSlugs } from '@/lib/storylines/queries';
import { parseSlugParam } from '@/lib/text/params';

export const revalidate = 60;

export async function generateStaticParams() {
  return (await listStorylineSlugs()).map((slug) => ({ slug }));
}

/** RSS of the published recaps of one storyline. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlugParam((await params).slug);
  const storyline = slug ? await cachedStoryline(slug) : null;
  if (!storyline) return new Response('Diesen Handlungsstrang gibt es nicht.', { status: 404 });
  const path = paths.storyline(storyline.slug);
  const info = {
    title: `Rewatch – ${storyline.title}`,
    description: storyline.description ?? `Recaps zum Handlungsstrang „${storyline.title}“.`,
    path,
    feeds: { rss: paths.storylineFeed(storyline.slug) },
  };
  return feedResponse(buildFeed(info, await cachedRecapsForFeed({ storyline: storyline.slug }), 'rss'), 'rss');
}
