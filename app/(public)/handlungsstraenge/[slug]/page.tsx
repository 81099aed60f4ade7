import { publicAlternates } from '@/lib/feeds/links';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EpisodeTimeline } from '@/components/archive/episode-timeline';
import { TagList } from '@/components/archive/tag-list';
import { OwnFeedLink } from '@/components/site/feed-links';
import { paths } from '@/lib/seo/paths';
import { cachedStoryline, listStorylineSlugs } from '@/lib/storylines/queries';
import { parseSlugParam } from '@/lib/text/params';

export const revalidate = 60;

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props['params']) {
  const slug = parseSlugParam((await params).slug);
  return slug ? cachedStoryline(slug) : null;
}

const feedOf = (storyline: { slug: string; title: string }) => ({ url: paths.storylineFeed(storyline.slug), title: `Rewatch – ${storyline.title}` });

export async function generateStaticParams() {
  return (await listStorylineSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const storyline = await load(params);
  if (!storyline) return { title: 'Handlungsstrang nicht gefunden' };
  const description = storyline.description ?? `Der Handlungsstrang „${storyline.title}“ in ${storyline.episodes.length} Folgen.`;
  return {
    title: storyline.title,
    description,
    alternates: publicAlternates(paths.storyline(storyline.slug), feedOf(storyline)),
    openGraph: { title: storyline.title, description, url: paths.storyline(storyline.slug) },
  };
}

export default async function StorylinePage({ params }: Props) {
  const storyline = await load(params);
  if (!storyline) notFound();
  return (
    <>
      <nav aria-label="Brotkrumen" className="breadcrumbs">
        <a href="/handlungsstraenge">Handlungsstränge</a> <span aria-hidden="true">/</span>{' '}
        <span>{storyline.title}</span>
      </nav>
      <header className="page-intro">
        <p className="eyebrow">Handlungsstrang</p>
        <h1>{storyline.title}</h1>
        {storyline.description ? <p className="lede">{storyline.description}</p> : null}
        <OwnFeedLink feed={feedOf(storyline)} label={`Neue Recaps zu „${storyline.title}“ als RSS-Feed abonnieren`} />
      </header>
      <TagList
        label="Figuren"
        tags={storyline.characters.map((character) => ({ href: paths.character(character.slug), label: character.name }))}
      />
      <section className="section" aria-labelledby="arc-timeline">
        <h2 id="arc-timeline" className="section__title">
          {storyline.episodes.length === 0 ? 'Noch keine veröffentlichte Folge' : 'Der Verlauf'}
        </h2>
        <EpisodeTimeline episodes={storyline.episodes} />
      </section>
    </>
  );
}
