import { publicAlternates } from '@/lib/feeds/links';
import type { Metadata } from 'next';
import { cachedCharacters } from '@/lib/characters/queries';
import { paths } from '@/lib/seo/paths';

export const revalidate = 60;
export const metadata: Metadata = { title: 'Figuren', alternates: publicAlternates('/figuren') };

const kindLabels = { MAIN: 'Die Hauptfiguren', RECURRING: 'Immer wieder dabei', GUEST: 'Gastauftritte' } as const;

export default async function CharactersPage() {
  const characters = await cachedCharacters();
  const groups = (Object.keys(kindLabels) as (keyof typeof kindLabels)[]).map((kind) => ({
    kind,
    characters: characters.filter((character) => character.kind === kind),
  }));
  return (
    <>
      <header className="page-intro">
        <p className="eyebrow">Wer ist wer</p>
        <h1>Figuren</h1>
        <p className="lede">Alle Figuren, die in unseren Recaps vorkommen, und in wie vielen Folgen.</p>
      </header>
      {groups.map((group) =>
        group.characters.length ? (
          <section key={group.kind} className="section" aria-labelledby={`kind-${group.kind}`}>
            <h2 id={`kind-${group.kind}`} className="section__title">
              {kindLabels[group.kind]}
            </h2>
            <ul className="person-grid">
              {group.characters.map((character) => (
                <li key={character.slug}>
                  <a href={paths.character(character.slug)} className="person-tile">
                    <span className="person-tile__initial" aria-hidden="true">
                      {character.shortName.charAt(0)}
                    </span>
                    <span className="person-tile__name">{character.name}</span>
                    <span className="person-tile__meta">
                      {character.episodeCount === 1 ? '1 Folge' : `${character.episodeCount} Folgen`}
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null,
      )}
    </>
  );
}
