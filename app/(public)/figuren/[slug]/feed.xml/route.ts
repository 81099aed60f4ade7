import { cachedCharacter, listCharacterSlugs } from '@/lib/characters/queries';
import { cachedRecapsForFeed } from '@/lib/episodes/queries';
import { buildFeed, feedResponse } from '@/lib/feeds/build';
import { paths } from '@/lib/seo/paths';
import { parseSlugParam } from '@/lib/text/params';

export const revalidate = 60;

export async function generateStaticParams() {
  return (await listCharacterSlugs()).map((slug) => ({ slug }));
}

/** RSS of the published recaps in which one character appears. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlugParam((await params).slug);
  const character = slug ? await cachedCharacter(slug) : null;
  if (!character) return new Response('Diese Figur gibt es nicht.', { status: 404 });
  const path = paths.character(character.slug);
  const info = { title: `Rewatch – ${character.name}`, description: `Recaps mit ${character.name}.`, path, feeds: { rss: paths.characterFeed(character.slug) } };
  return feedResponse(buildFeed(info, await cachedRecapsForFeed({ character: character.slug }), 'rss'), 'rss');
}
