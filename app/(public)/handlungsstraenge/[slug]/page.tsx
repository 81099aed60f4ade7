import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EpisodeTimeline } from '@/components/archive/episode-timeline';
import { TagList } from '@/components/archive/tag-list';
import { getStoryline, listStorylineSlugs } from '@/lib/storylines/queries';
import { parseSlugParam } from '@/lib/text/params';

export const revalidate = 3600;

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props['params']) {
  const slug = parseSlugParam((await params).slug);
  return slug ? getStoryline(slug) : null;
}

export async function generateStaticParams() {
  return (await listStorylineSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const storyline = await load(params);
  return storyline ? { title: storyline.title } : { title: 'Handlungsstrang nicht gefunden' };
}

export default async function StorylinePage({ params }: Props) {
  const storyline = await load(params);
  if (!storyline) notFound();
  return (
    <>
      <nav aria-label="Brotkrumen" className="breadcrumbs">
        <Link href="/handlungsstraenge">Handlungsstränge</Link> <span aria-hidden="true">/</span>{' '}
        <span>{storyline.title}</span>
      </nav>
      <header className="page-intro">
        <p className="eyebrow">Handlungsstrang</p>
        <h1>{storyline.title}</h1>
        {storyline.description ? <p className="lede">{storyline.description}</p> : null}
      </header>
      <TagList
        label="Figuren"
        tags={storyline.characters.map((character) => ({ href: `/figuren/${character.slug}`, label: character.name }))}
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
