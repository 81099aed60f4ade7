import type { Metadata } from 'next';
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
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Zeit</th>
            <th scope="col">Wer</th>
            <th scope="col">Was</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td>{formatDateTime(event.createdAt)}</td>
              <td>{event.actorLabel}</td>
              <td>{actionLabels[event.action] ?? event.action}</td>
              <td className="muted">
                {event.targetType ? `${event.targetType} ${event.targetId ?? ''}` : ''} {event.details ? JSON.stringify(event.details) : ''}
                {event.ip ? ` · IP ${event.ip}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
