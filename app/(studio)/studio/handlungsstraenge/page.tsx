import type { Metadata } from 'next';
import Link from 'next/link';
import { DataTable } from '@/components/studio/data-table';
import { Forbidden } from '@/components/studio/forbidden';
import { StorylineForm } from '@/components/studio/storyline-form';
import { requireUser, userMay } from '@/lib/auth/require';
import { listCharacterChoices } from '@/lib/characters/studio-queries';
import { listStudioStorylines } from '@/lib/storylines/studio-queries';

export const metadata: Metadata = { title: 'Handlungsstränge', robots: { index: false } };

export default async function StorylinesPage() {
  const user = await requireUser('/studio/handlungsstraenge');
  if (!(await userMay(user, 'catalog.manage'))) return <Forbidden />;
  const [storylines, characters] = await Promise.all([listStudioStorylines(), listCharacterChoices()]);
  return (
    <>
      <header className="page-intro">
        <p className="eyebrow">Studio</p>
        <h1>Handlungsstränge</h1>
        <p className="lede">Was sich über mehrere Folgen zieht, und wer daran beteiligt ist.</p>
      </header>
      <div className="catalog-layout">
        <section className="section" aria-labelledby="storylines-title">
          <h2 id="storylines-title" className="section__title">
            Alle Handlungsstränge ({storylines.length})
          </h2>
          <DataTable
            rows={storylines}
            columns={[
              { header: 'Titel', cell: (storyline) => <Link href={`/studio/handlungsstraenge/${storyline.id}`}>{storyline.title}</Link> },
              { header: 'Figuren', cell: (storyline) => storyline.characters.map(({ character }) => character.shortName).join(', ') || <span className="muted">–</span> },
              { header: 'Recaps', cell: (storyline) => storyline._count.recaps },
            ]}
          />
        </section>
        <section className="section" aria-labelledby="new-storyline-title">
          <h2 id="new-storyline-title" className="section__title">
            Neuer Handlungsstrang
          </h2>
          <StorylineForm characters={characters} />
        </section>
      </div>
    </>
  );
}
