import type { Metadata } from 'next';
import Link from 'next/link';
import { CharacterForm } from '@/components/studio/character-form';
import { DataTable } from '@/components/studio/data-table';
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
          <DataTable
            rows={characters}
            columns={[
              {
                header: 'Name',
                cell: (character) => (
                  <>
                    <Link href={`/studio/figuren/${character.id}`}>{character.name}</Link>
                    {character.shortName !== character.name ? <span className="muted"> ({character.shortName})</span> : null}
                  </>
                ),
              },
              { header: 'Art', cell: (character) => characterKindLabels[character.kind] },
              { header: 'Aliasse', cell: (character) => (character.aliases.length > 0 ? character.aliases.join(', ') : <span className="muted">–</span>) },
              { header: 'Recaps', cell: (character) => character._count.recaps },
            ]}
          />
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
