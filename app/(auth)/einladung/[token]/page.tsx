import type { Metadata } from 'next';
import Link from 'next/link';
import { AcceptAsSignedInButton, AcceptInvitationForm } from '@/components/auth/accept-invitation-form';
import { getCurrentUser } from '@/lib/auth/session';
import { getInvitationForToken } from '@/lib/invitations/queries';
import { invitationMessages } from '@/lib/invitations/state';
import { episodeCode } from '@/lib/text/slug';

export const metadata: Metadata = { title: 'Einladung', robots: { index: false } };

type Props = { params: Promise<{ token: string }> };

export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const [{ state, invitation }, user] = await Promise.all([getInvitationForToken(token), getCurrentUser()]);
  if (state !== 'valid' || !invitation) {
    return (
      <>
        <h1>Einladung</h1>
        <p role="alert">{invitationMessages[state === 'valid' ? 'invalid' : state]}</p>
        <p>
          <Link href="/anmelden">Zur Anmeldung</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Du bist eingeladen</h1>
      <p>Chris und Nils laden dich ein, an den Notizen zu diesen Folgen mitzuschreiben:</p>
      <ul className="plain-list">
        {invitation.episodes.map(({ episode }) => (
          <li key={episode.id}>
            <strong>{episodeCode(episode.season.number, episode.number)}</strong> {episode.title}
          </li>
        ))}
      </ul>
      {user ? (
        <>
          <p className="muted">Du bist angemeldet als {user.email}.</p>
          <AcceptAsSignedInButton token={token} />
        </>
      ) : (
        <AcceptInvitationForm token={token} email={invitation.email} />
      )}
    </>
  );
}
