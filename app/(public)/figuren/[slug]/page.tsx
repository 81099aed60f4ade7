import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EpisodeTimeline } from '@/components/archive/episode-timeline';
import { TagList } from '@/components/archive/tag-list';
import { getCharacter, listCharacterSlugs } from '@/lib/characters/queries';
import { parseSlugParam } from '@/lib/text/params';

export const revalidate = 3600;

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props['params']) {
  const slug = parseSlugParam((await params).slug);
  return slug ? getCharacter(slug) : null;
}

export async function generateStaticParams() {
  return (await listCharacterSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const character = await load(params);
  return character
    ? { title: character.name, description: `${character.name} in ${character.episodes.length} Folgen des Rewatch-Archivs.` }
    : { title: 'Figur nicht gefunden' };
}

export default async function CharacterPage({ params }: Props) {
  const character = await load(params);
  if (!character) notFound();
  const otherNames = character.aliases.filter((alias) => alias !== character.shortName && alias !== character.name);
  return (
    <>
      <nav aria-label="Brotkrumen" className="breadcrumbs">
        <Link href="/figuren">Figuren</Link> <span aria-hidden="true">/</span> <span>{character.shortName}</span>
      </nav>
      <header className="page-intro">
        <p className="eyebrow">Figur</p>
        <h1>{character.name}</h1>
        {character.description ? <p className="lede">{character.description}</p> : null}
        {otherNames.length ? <p className="muted">In den Recaps auch: {otherNames.join(', ')}</p> : null}
      </header>
      <TagList
        label="Handlungsstränge"
        tags={character.storylines.map((storyline) => ({ href: `/handlungsstraenge/${storyline.slug}`, label: storyline.title }))}
      />
      <section className="section" aria-labelledby="timeline-title">
        <h2 id="timeline-title" className="section__title">
          {character.episodes.length === 0
            ? 'Noch in keinem veröffentlichten Recap'
            : `In ${character.episodes.length === 1 ? 'einer Folge' : `${character.episodes.length} Folgen`}`}
        </h2>
        <EpisodeTimeline episodes={character.episodes} />
      </section>
    </>
  );
}
