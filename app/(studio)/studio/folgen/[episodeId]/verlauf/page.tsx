import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionButton } from '@/components/studio/action-button';
import { Forbidden } from '@/components/studio/forbidden';
import { RevisionDiff } from '@/components/studio/revision-diff';
import { requireUser, userMay } from '@/lib/auth/require';
import { restoreRecapRevision } from '@/lib/recaps/actions';
import { getRecapHistory, textDiff } from '@/lib/recaps/history';
import { formatDateTime } from '@/lib/text/dates';

export const metadata: Metadata = { title: 'Versionen', robots: { index: false } };

type Props = { params: Promise<{ episodeId: string }> };

const statusNames = { DRAFT: 'Entwurf', IN_REVIEW: 'in Prüfung', PUBLISHED: 'veröffentlicht' } as const;

export default async function HistoryPage({ params }: Props) {
  const raw = (await params).episodeId;
  const user = await requireUser(`/studio/folgen/${raw}/verlauf`);
  const episodeId = /^\d{1,9}$/.test(raw) ? Number(raw) : null;
  if (!episodeId) notFound();
  if (!(await userMay(user, 'recap.read', { episodeId }))) return <Forbidden message="Du bist zu dieser Folge nicht eingeladen." />;
  const history = await getRecapHistory(episodeId);
  if (!history) notFound();
  const mayRestore = await userMay(user, 'recap.edit', { episodeId });
  return (
    <>
      <nav aria-label="Brotkrumen" className="breadcrumbs">
        <Link href="/studio">Studio</Link> <span aria-hidden="true">/</span> <Link href={`/studio/folgen/${episodeId}`}>Recap</Link>{' '}
        <span aria-hidden="true">/</span> <span>Versionen</span>
      </nav>
      <header className="page-intro">
        <p className="eyebrow">Versionsgeschichte</p>
        <h1>Versionen</h1>
        <p className="lede">
          Jede Version mit Autor und Zeit, verglichen mit der aktuellen Fassung (Version {history.version}): <ins>neu</ins> und{' '}
          <del>entfernt</del>. Wiederherstellen legt eine neue Version an; es geht nichts verloren.
        </p>
      </header>
      <ol className="revision-list">
        {history.revisions.map((revision) => (
          <li key={revision.id} className="revision">
            <div className="revision__head">
              <strong>Version {revision.version}</strong> · {revision.author} · {formatDateTime(revision.createdAt)} ·{' '}
              <span className="muted">{statusNames[revision.status]}</span>
              {mayRestore ? (
                <ActionButton
                  action={restoreRecapRevision}
                  input={{ episodeId, revisionId: revision.id }}
                  label="Wiederherstellen"
                  confirm={`Version ${revision.version} von ${revision.author} wiederherstellen?`}
                />
              ) : null}
            </div>
            <details>
              <summary>Unterschied zur aktuellen Fassung</summary>
              <RevisionDiff parts={textDiff(revision.plainText, history.plainText)} />
            </details>
          </li>
        ))}
      </ol>
    </>
  );
}
