import { hashToken, isWellFormedToken } from '@/lib/auth/tokens';
import { db } from '@/lib/db/client';
import type { Tx } from '@/lib/db/types';
import { invitationState } from './state';

export async function listInvitations() {
  return db().invitation.findMany({
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: {
      id: true,
      email: true,
      createdAt: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      createdBy: { select: { name: true } },
      episodes: { select: { episode: { select: { number: true, season: { select: { number: true } } } } } },
    },
  });
}

/** The invitation a link's token stands for, with where it stands. */
export async function findInvitation(tx: Tx, token: string, now = new Date()) {
  if (!isWellFormedToken(token)) return { state: 'invalid' as const, invitation: null };
  const invitation = await tx.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      email: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      episodes: { select: { episode: { select: { id: true, number: true, title: true, season: { select: { number: true } } } } } },
    },
  });
  if (!invitation) return { state: 'invalid' as const, invitation: null };
  return { state: invitationState(invitation, now), invitation };
}

/** For the invitation page. */
export function getInvitationForToken(token: string) {
  return findInvitation(db(), token);
}
