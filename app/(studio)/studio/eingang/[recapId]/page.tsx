import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RecapBody } from '@/components/recap/recap-body';
import { Forbidden } from '@/components/studio/forbidden';
import { InboxActions } from '@/components/studio/inbox-actions';
import { requireUser, userMay } from '@/lib/auth/require';
import { getInboxRecap, listEpisodesWithoutRecap } from '@/lib/inbox/queries';
import { formatDateTime } from '@/lib/text/dates';

export const metadata: Metadata = { title: 'Eingang', robots: { index: false } };

type Props = { params: Promise<{ recapId: string }> };

export default async function InboxRecapPage({ params }: Props) {
  const raw = (await params).recapId;
  const user = await requireUser(`/studio/eingang/${raw}`);
  if (!(await userMay(user, 'recap.assign'))) return <Forbidden />;
  const [recap, episodes] = await Promise.all([
    /^\d{1,9}$/.test(raw) ? getInboxRecap(Number(raw)) : Promise.resolve(null),
    listEpisodesWithoutRecap(),
  ]);
  if (!recap) notFound();
  return (
    <>
      <nav aria-label="Brotkrumen" className="breadcrumbs">
        <Link href="/studio">Studio</Link> <span aria-hidden="true">/</span> <span>Eingang</span>
      </nav>
      <header className="page-intro">
        <p className="eyebrow">Eingang</p>
        <h1>Recap ohne Folge</h1>
        <p className="lede">
          Importiert am {formatDateTime(recap.createdAt)}.{recap.importNote ? ` Hinweis des Imports: ${recap.importNote}` : ''}
        </p>
      </header>
      <div className="inbox-layout">
        <article className="inbox-recap" aria-label="Text des Recaps">
          <RecapBody body={recap.body} />
        </article>
        <aside>
          <InboxActions recapId={recap.id} episodes={episodes} />
        </aside>
      </div>
    </>
  );
}
