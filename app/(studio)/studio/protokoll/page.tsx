import type { Metadata } from 'next';
import { DataTable } from '@/components/studio/data-table';
import { Forbidden } from '@/components/studio/forbidden';
import { listAuditEvents } from '@/lib/audit/queries';
import { requireUser, userMay } from '@/lib/auth/require';
import { formatDateTime } from '@/lib/text/dates';

export const metadata: Metadata = { title: 'Protokoll', robots: { index: false } };

const actionLabels: Record<string, string> = {
  'auth.sign_in': 'Anmeldung',
  'auth.sign_in_failed': 'Fehlgeschlagene Anmeldung',
  'auth.setup_host': 'Ersten Host eingerichtet',
  'user.created': 'Zugang angelegt',
  'user.disabled': 'Zugang deaktiviert',
  'user.enabled': 'Zugang aktiviert',
  'user.role_changed': 'Rolle geändert',
  'invitation.created': 'Einladung erstellt',
  'invitation.extended': 'Einladung verlängert',
  'invitation.revoked': 'Einladung zurückgezogen',
  'invitation.accepted': 'Einladung angenommen',
  'access.granted': 'Zugang zu Folgen erteilt',
  'access.revoked': 'Zugang zu Folge entzogen',
  'recap.submitted': 'Zur Prüfung eingereicht',
  'recap.published': 'Veröffentlicht',
  'recap.scheduled': 'Veröffentlichung geplant',
  'recap.unpublished': 'Veröffentlichung zurückgenommen',
  'recap.assigned': 'Recap einer Folge zugeordnet',
  'recap.deleted': 'Recap aus dem Eingang gelöscht',
  'episode.updated': 'Folgendaten geändert',
};

export default async function AuditPage() {
  const user = await requireUser('/studio/protokoll');
  if (!(await userMay(user, 'audit.read'))) return <Forbidden />;
  const events = await listAuditEvents();
  return (
    <>
      <header className="page-intro">
        <p className="eyebrow">Studio</p>
        <h1>Protokoll</h1>
        <p className="lede">Wer hat wann was getan: Anmeldungen, Einladungen, Zugänge und Veröffentlichungen (die letzten 200).</p>
      </header>
      <DataTable
        rows={events}
        columns={[
          { header: 'Zeit', cell: (event) => formatDateTime(event.createdAt) },
          { header: 'Wer', cell: (event) => event.actorLabel },
          { header: 'Was', cell: (event) => actionLabels[event.action] ?? event.action },
          {
            header: 'Details',
            className: 'muted',
            cell: (event) => (
              <>
                {event.targetType ? `${event.targetType} ${event.targetId ?? ''}` : ''} {event.details ? JSON.stringify(event.details) : ''}
                {event.ip ? ` · IP ${event.ip}` : ''}
              </>
            ),
          },
        ]}
      />
    </>
  );
}
