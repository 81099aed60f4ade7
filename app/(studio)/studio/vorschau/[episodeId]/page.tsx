import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EpisodeCode } from '@/components/archive/episode-code';
import { RecapTags } from '@/components/archive/tag-list';
import { RecapBody } from '@/components/recap/recap-body';
import { Forbidden } from '@/components/studio/forbidden';
import { StatusBadge } from '@/components/studio/status-badge';
import { requireUser, userMay } from '@/lib/auth/require';
import { getRecapPreview, studioStatus } from '@/lib/recaps/studio-queries';
import { formatDate } from '@/lib/text/dates';

export const metadata: Metadata = { title: 'Vorschau', robots: { index: false } };

type Props = { params: Promise<{ episodeId: string }> };

/** The recap as listeners will see it, whatever its status; for editors of the episode only. */
export default async function PreviewPage({ params }: Props) {
  const raw = (await params).episodeId;
  const user = await requireUser(`/studio/vorschau/${raw}`);
  const episodeId = /^\d{1,9}$/.test(raw) ? Number(raw) : null;
  if (!episodeId) notFound();
  if (!(await userMay(user, 'recap.read', { episodeId }))) return <Forbidden message="Du bist zu dieser Folge nicht eingeladen." />;
  const episode = await getRecapPreview(episodeId);
  if (!episode?.recap) notFound();
  const { recap } = episode;
  return (
    <>
      <p className="notice" role="note">
        Vorschau <StatusBadge status={studioStatus(recap)} /> – so sieht die Folge im Archiv aus.{' '}
        <Link href={`/studio/folgen/${episodeId}`}>Zurück zum Editor</Link>
      </p>
      <article className="episode">
        <header className="page-intro">
          <EpisodeCode season={episode.season.number} number={episode.number} />
          <h1>{episode.title}</h1>
          <p className="episode__meta">{episode.airDate ? `Erstausstrahlung ${formatDate(episode.airDate)}` : null}</p>
        </header>
        <RecapBody body={recap.body} audioUrl={episode.audioUrl} />
        <RecapTags recap={recap} />
      </article>
    </>
  );
}
