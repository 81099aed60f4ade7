import type { Metadata } from 'next';
import Link from 'next/link';
import { CharacterForm } from '@/components/studio/character-form';
import { Forbidden } from '@/components/studio/forbidden';
import { requireUser, userMay } from '@/lib/auth/require';
import { characterKindLabels } from '@/lib/characters/schema';
import { listStudioCharacters } from '@/lib/characters/studio-queries';

export const metadata: Metadata = { title: 'Figuren', robots: { index: false } };

export default async function CharactersPage() {
  const user = await requireUser('/studio/figuren');
  if (!(await userMay(user, 'catalog.manage'))) return <Forbidden />;
  const characters = await listStudioCharacters();
  return (
    <>
      <header className="page-intro">
        <p className="eyebrow">Studio</p>
        <h1>Figuren</h1>
        <p className="lede">Wer in der Serie vorkommt. Aliasse helfen dem Import, Erwähnungen zu erkennen.</p>
      </header>
      <div className="catalog-layout">
        <section className="section" aria-labelledby="characters-title">
          <h2 id="characters-title" className="section__title">
            Alle Figuren ({characters.length})
          </h2>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Art</th>
                <th scope="col">Aliasse</th>
                <th scope="col">Recaps</th>
              </tr>
            </thead>
            <tbody>
              {characters.map((character) => (
                <tr key={character.id}>
                  <td>
                    <Link href={`/studio/figuren/${character.id}`}>{character.name}</Link>
                    {character.shortName !== character.name ? <span className="muted"> ({character.shortName})</span> : null}
                  </td>
                  <td>{characterKindLabels[character.kind]}</td>
                  <td>{character.aliases.length > 0 ? character.aliases.join(', ') : <span className="muted">–</span>}</td>
                  <td>{character._count.recaps}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="section" aria-labelledby="new-character-title">
          <h2 id="new-character-title" className="section__title">
            Neue Figur
          </h2>
          <CharacterForm />
        </section>
      </div>
    </>
  );
}
