import type { Metadata } from 'next';
import { ActionButton } from '@/components/studio/action-button';
import { DataTable } from '@/components/studio/data-table';
import { Forbidden } from '@/components/studio/forbidden';
import { InviteForm } from '@/components/studio/invite-form';
import { requireUser, userMay } from '@/lib/auth/require';
import { listEpisodeChoices } from '@/lib/episodes/studio-queries';
import { extendInvitation, revokeInvitation } from '@/lib/invitations/actions';
import { listInvitations } from '@/lib/invitations/queries';
import { invitationState } from '@/lib/invitations/state';
import { formatDateTime } from '@/lib/text/dates';
import { episodeCode } from '@/lib/text/slug';
import { revokeEpisodeAccess, setUserDisabled } from '@/lib/users/actions';
import { listPeople } from '@/lib/users/queries';

export const metadata: Metadata = { title: 'Personen', robots: { index: false } };

function invitationStatus(invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }): string {
  const state = invitationState(invitation);
  if (state === 'accepted' && invitation.acceptedAt) return `angenommen am ${formatDateTime(invitation.acceptedAt)}`;
  if (state === 'revoked') return 'zurückgezogen';
  if (state === 'expired') return 'abgelaufen';
  return `offen bis ${formatDateTime(invitation.expiresAt)}`;
}

export default async function PeoplePage() {
  const user = await requireUser('/studio/personen');
  if (!(await userMay(user, 'people.manage'))) return <Forbidden />;
  const [people, invitations, episodes] = await Promise.all([listPeople(), listInvitations(), listEpisodeChoices()]);
  return (
    <>
      <header className="page-intro">
        <p className="eyebrow">Studio</p>
        <h1>Personen</h1>
        <p className="lede">Hosts, Gäste und ihre Folgen. Gäste sehen und bearbeiten nur die Entwürfe der Folgen, zu denen sie eingeladen sind.</p>
      </header>

      <section className="section" aria-labelledby="people-title">
        <h2 id="people-title" className="section__title">
          Zugänge
        </h2>
        <DataTable
          rows={people}
          columns={[
            {
              header: 'Name',
              cell: (person) => (
                <>
                  <strong>{person.name}</strong>
                  <br />
                  <span className="muted">{person.email}</span>
                </>
              ),
            },
            { header: 'Rolle', cell: (person) => (person.role === 'HOST' ? 'Host' : 'Gast') },
            {
              header: 'Folgen',
              cell: (person) =>
                person.role === 'HOST' ? (
                  <span className="muted">alle</span>
                ) : person.episodeAccess.length === 0 ? (
                  <span className="muted">keine</span>
                ) : (
                  <ul className="plain-list">
                    {person.episodeAccess.map(({ episode }) => (
                      <li key={episode.id}>
                        {episodeCode(episode.season.number, episode.number)} {episode.title}{' '}
                        <ActionButton
                          action={revokeEpisodeAccess}
                          input={{ userId: person.id, episodeId: episode.id }}
                          label="Entziehen"
                          variant="danger"
                          confirm={`${person.name} den Zugang zu ${episodeCode(episode.season.number, episode.number)} entziehen?`}
                        />
                      </li>
                    ))}
                  </ul>
                ),
            },
            {
              header: 'Status',
              cell: (person) => (
                <>
                  {person.disabledAt ? 'deaktiviert' : person.lastSignInAt ? `zuletzt ${formatDateTime(person.lastSignInAt)}` : 'noch nie angemeldet'}{' '}
                  {person.id === user.id ? null : (
                    <ActionButton
                      action={setUserDisabled}
                      input={{ userId: person.id, disabled: !person.disabledAt }}
                      label={person.disabledAt ? 'Aktivieren' : 'Deaktivieren'}
                      variant={person.disabledAt ? 'default' : 'danger'}
                    />
                  )}
                </>
              ),
            },
          ]}
        />
      </section>

      <section className="section">
        <InviteForm episodes={episodes} />
      </section>

      <section className="section" aria-labelledby="invitations-title">
        <h2 id="invitations-title" className="section__title">
          Einladungen
        </h2>
        {invitations.length === 0 ? (
          <p className="muted">Noch keine Einladungen.</p>
        ) : (
          <DataTable
            rows={invitations}
            columns={[
              { header: 'E-Mail', cell: (invitation) => invitation.email },
              { header: 'Folgen', cell: (invitation) => invitation.episodes.map(({ episode }) => episodeCode(episode.season.number, episode.number)).join(', ') },
              { header: 'Status', cell: (invitation) => invitationStatus(invitation) },
              {
                header: <span className="visually-hidden">Aktionen</span>,
                cell: (invitation) =>
                  !invitation.acceptedAt && !invitation.revokedAt ? (
                    <>
                      <ActionButton action={extendInvitation} input={{ invitationId: invitation.id }} label="Verlängern" />{' '}
                      <ActionButton
                        action={revokeInvitation}
                        input={{ invitationId: invitation.id }}
                        label="Zurückziehen"
                        variant="danger"
                        confirm={`Einladung an ${invitation.email} zurückziehen?`}
                      />
                    </>
                  ) : null,
              },
            ]}
          />
        )}
      </section>
    </>
  );
}
