import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Forbidden } from '@/components/studio/forbidden';
import { StorylineForm } from '@/components/studio/storyline-form';
import { requireUser, userMay } from '@/lib/auth/require';
import { listCharacterChoices } from '@/lib/characters/studio-queries';
import { getStudioStoryline } from '@/lib/storylines/studio-queries';
import { paths } from '@/lib/seo/paths';

export const metadata: Metadata = { title: 'Handlungsstrang bearbeiten', robots: { index: false } };

type Props = { params: Promise<{ storylineId: string }> };

export default async function EditStorylinePage({ params }: Props) {
  const raw = (await params).storylineId;
  const user = await requireUser(`/studio/handlungsstraenge/${raw}`);
  if (!(await userMay(user, 'catalog.manage'))) return <Forbidden />;
  const [storyline, characters] = await Promise.all([
    /^\d{1,9}$/.test(raw) ? getStudioStoryline(Number(raw)) : Promise.resolve(null),
    listCharacterChoices(),
  ]);
  if (!storyline) notFound();
  return (
    <>
      <nav aria-label="Brotkrumen" className="breadcrumbs">
        <Link href="/studio">Studio</Link> <span aria-hidden="true">/</span> <Link href="/studio/handlungsstraenge">Handlungsstränge</Link>{' '}
        <span aria-hidden="true">/</span> <span>{storyline.title}</span>
      </nav>
      <header className="page-intro">
        <p className="eyebrow">Handlungsstrang</p>
        <h1>{storyline.title}</h1>
        <p className="lede">
          Öffentliche Adresse: <Link href={paths.storyline(storyline.slug)}>{paths.storyline(storyline.slug)}</Link> (bleibt beim Umbenennen gleich)
        </p>
      </header>
      <StorylineForm
        characters={characters}
        storyline={{ ...storyline, characterIds: storyline.characters.map(({ characterId }) => characterId) }}
      />
    </>
  );
}
