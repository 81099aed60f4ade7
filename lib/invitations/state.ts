import { isExpired } from '@/lib/auth/tokens';

export type InvitationState = 'valid' | 'invalid' | 'expired' | 'accepted' | 'revoked';

export const invitationMessages: Record<Exclude<InvitationState, 'valid'>, string> = {
  invalid: 'Diese Einladung gibt es nicht. Bitte prüfe den Link oder frag nach einer neuen Einladung.',
  expired: 'Diese Einladung ist abgelaufen. Bitte frag Chris oder Nils nach einer neuen.',
  accepted: 'Diese Einladung wurde schon angenommen. Melde dich einfach an.',
  revoked: 'Diese Einladung wurde zurückgezogen.',
};

/** Where an invitation stands, for the link and the hosts' list alike. */
export function invitationState(invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()): Exclude<InvitationState, 'invalid'> {
  if (invitation.revokedAt) return 'revoked';
  if (invitation.acceptedAt) return 'accepted';
  return isExpired(invitation.expiresAt, now) ? 'expired' : 'valid';
}
