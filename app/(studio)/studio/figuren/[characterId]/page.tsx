import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CharacterForm } from '@/components/studio/character-form';
import { Forbidden } from '@/components/studio/forbidden';
import { requireUser, userMay } from '@/lib/auth/require';
import { getStudioCharacter } from '@/lib/characters/studio-queries';
import { paths } from '@/lib/seo/paths';

export const metadata: Metadata = { title: 'Figur bearbeiten', robots: { index: false } };

type Props = { params: Promise<{ characterId: string }> };

export default async function EditCharacterPage({ params }: Props) {
  const raw = (await params).characterId;
  const user = await requireUser(`/studio/figuren/${raw}`);
  if (!(await userMay(user, 'catalog.manage'))) return <Forbidden />;
  const character = /^\d{1,9}$/.test(raw) ? await getStudioCharacter(Number(raw)) : null;
  if (!character) notFound();
  return (
    <>
      <nav aria-label="Brotkrumen" className="breadcrumbs">
        <Link href="/studio">Studio</Link> <span aria-hidden="true">/</span> <Link href="/studio/figuren">Figuren</Link>{' '}
        <span aria-hidden="true">/</span> <span>{character.name}</span>
      </nav>
      <header className="page-intro">
        <p className="eyebrow">Figur</p>
        <h1>{character.name}</h1>
        <p className="lede">
          Öffentliche Adresse: <Link href={paths.character(character.slug)}>{paths.character(character.slug)}</Link> (bleibt beim Umbenennen gleich)
        </p>
      </header>
      <CharacterForm character={character} />
    </>
  );
}
