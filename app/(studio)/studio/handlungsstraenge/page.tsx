import type { Metadata } from 'next';
import Link from 'next/link';
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
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Titel</th>
                <th scope="col">Figuren</th>
                <th scope="col">Recaps</th>
              </tr>
            </thead>
            <tbody>
              {storylines.map((storyline) => (
                <tr key={storyline.id}>
                  <td>
                    <Link href={`/studio/handlungsstraenge/${storyline.id}`}>{storyline.title}</Link>
                  </td>
                  <td>{storyline.characters.map(({ character }) => character.shortName).join(', ') || <span className="muted">–</span>}</td>
                  <td>{storyline._count.recaps}</td>
                </tr>
              ))}
            </tbody>
          </table>
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
