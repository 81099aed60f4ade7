import { publicAlternates } from '@/lib/feeds/links';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EpisodeTimeline } from '@/components/archive/episode-timeline';
import { TagList } from '@/components/archive/tag-list';
import { OwnFeedLink } from '@/components/site/feed-links';
import { cachedCharacter, listCharacterSlugs } from '@/lib/characters/queries';
import { paths } from '@/lib/seo/paths';
import { parseSlugParam } from '@/lib/text/params';

export const revalidate = 60;

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props['params']) {
  const slug = parseSlugParam((await params).slug);
  return slug ? cachedCharacter(slug) : null;
}

const feedOf = (character: { slug: string; name: string }) => ({ url: paths.characterFeed(character.slug), title: `Rewatch – ${character.name}` });

export async function generateStaticParams() {
  return (await listCharacterSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const character = await load(params);
  if (!character) return { title: 'Figur nicht gefunden' };
  const description = character.description ?? `${character.name} in ${character.episodes.length} Folgen des Rewatch-Archivs.`;
  return {
    title: character.name,
    description,
    alternates: publicAlternates(paths.character(character.slug), feedOf(character)),
    openGraph: { title: character.name, description, url: paths.character(character.slug) },
  };
}

export default async function CharacterPage({ params }: Props) {
  const character = await load(params);
  if (!character) notFound();
  const otherNames = character.aliases.filter((alias) => alias !== character.shortName && alias !== character.name);
  return (
    <>
      <nav aria-label="Brotkrumen" className="breadcrumbs">
        <a href="/figuren">Figuren</a> <span aria-hidden="true">/</span> <span>{character.shortName}</span>
      </nav>
      <header className="page-intro">
        <p className="eyebrow">Figur</p>
        <h1>{character.name}</h1>
        {character.description ? <p className="lede">{character.description}</p> : null}
        {otherNames.length ? <p className="muted">In den Recaps auch: {otherNames.join(', ')}</p> : null}
        <OwnFeedLink feed={feedOf(character)} label={`Neue Recaps mit ${character.shortName} als RSS-Feed abonnieren`} />
      </header>
      <TagList
        label="Handlungsstränge"
        tags={character.storylines.map((storyline) => ({ href: paths.storyline(storyline.slug), label: storyline.title }))}
      />
      {character.companions.length ? (
        <section className="section" aria-labelledby="companions-title">
          <h2 id="companions-title" className="section__title">
            Am häufigsten zusammen mit
          </h2>
          <ul className="companions">
            {character.companions.map((companion) => (
              <li key={companion.slug}>
                <a href={paths.character(companion.slug)} className="companions__link">
                  <span className="companions__name">{companion.name}</span>
                  <span className="companions__count">{companion.episodes === 1 ? '1 Folge' : `${companion.episodes} Folgen`}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
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
