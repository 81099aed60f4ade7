import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Forbidden } from '@/components/studio/forbidden';
import { MetadataForm } from '@/components/studio/metadata-form';
import { StudioEditorLoader } from '@/components/studio/studio-editor-loader';
import { StatusBadge } from '@/components/studio/status-badge';
import { TagPanel } from '@/components/studio/tag-panel';
import { allows } from '@/lib/auth/permissions';
import { requireUser, userMay } from '@/lib/auth/require';
import { collabPort, env } from '@/lib/env';
import type { RecapDocument } from '@/lib/recaps/document';
import { getStudioEpisode, studioStatus } from '@/lib/recaps/studio-queries';
import { formatDateTime } from '@/lib/text/dates';
import { episodeCode } from '@/lib/text/slug';

export const metadata: Metadata = { title: 'Recap bearbeiten', robots: { index: false } };

type Props = { params: Promise<{ episodeId: string }> };

export default async function EditRecapPage({ params }: Props) {
  const raw = (await params).episodeId;
  const episodeId = /^\d{1,9}$/.test(raw) ? Number(raw) : null;
  const user = await requireUser(`/studio/folgen/${raw}`);
  if (!episodeId) notFound();
  if (!(await userMay(user, 'recap.read', { episodeId }))) {
    return <Forbidden message="Du bist zu dieser Folge nicht eingeladen." />;
  }
  const data = await getStudioEpisode(episodeId);
  if (!data) notFound();
  const { episode, characters, storylines } = data;
  const status = studioStatus(episode.recap);
  const canEdit = await userMay(user, 'recap.edit', { episodeId, recapStatus: episode.recap?.status });
  const code = episodeCode(episode.season.number, episode.number);
  return (
    <>
      <nav aria-label="Brotkrumen" className="breadcrumbs">
        <Link href="/studio">Studio</Link> <span aria-hidden="true">/</span> <span>{code}</span>
      </nav>
      <header className="page-intro studio-episode-head">
        <p className="eyebrow">{code}</p>
        <h1>{episode.title}</h1>
        <p className="episode__meta">
          <StatusBadge status={status} />{' '}
          {episode.recap
            ? `Version ${episode.recap.version} · zuletzt ${formatDateTime(episode.recap.updatedAt)}${episode.recap.updatedBy ? ` von ${episode.recap.updatedBy.name}` : ''}`
            : 'Noch kein Recap – einfach losschreiben, es wird automatisch gespeichert.'}
          {episode.recap ? (
            <>
              {' · '}
              <Link href={`/studio/folgen/${episode.id}/verlauf`}>Versionen</Link>
            </>
          ) : null}
        </p>
      </header>
      <StudioEditorLoader
        live={{ url: env.COLLAB_URL ?? null, port: collabPort() }}
        me={{ id: user.id, name: user.name }}
        episodeId={episode.id}
        initial={{ version: episode.recap?.version ?? 0, body: (episode.recap?.body as RecapDocument | undefined) ?? null }}
        status={status}
        canEdit={canEdit}
        previewHref={episode.recap ? `/studio/vorschau/${episode.id}` : null}
        characters={characters}
        storylines={storylines}
      />
      {(await userMay(user, 'recap.edit', { episodeId })) ? (
        <MetadataForm
          canEditSlug={allows(user, 'episode.slug.change')}
          hasRecap={episode.recap !== null}
          initial={{
            episodeId: episode.id,
            title: episode.title,
            slug: episode.slug,
            excerpt: episode.recap?.excerpt ?? '',
            // recordedAt is a calendar day stored at UTC midnight.
            recordedAt: episode.recordedAt?.toISOString().slice(0, 10) ?? '',
            audioUrl: episode.audioUrl ?? '',
            podcastEpisodeNumber: episode.podcastEpisodeNumber?.toString() ?? '',
          }}
        />
      ) : null}
      {episode.recap ? (
        <TagPanel
          episodeId={episode.id}
          canReview={allows(user, 'recap.tags.review')}
          tags={[
            ...episode.recap.characters.map(({ character, source }) => ({ kind: 'character' as const, id: character.id, label: character.shortName, source })),
            ...episode.recap.storylines.map(({ storyline, source }) => ({ kind: 'storyline' as const, id: storyline.id, label: storyline.title, source })),
          ]}
          characters={characters}
          storylines={storylines}
        />
      ) : null}
    </>
  );
}
