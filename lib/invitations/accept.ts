import { recordAudit } from '@/lib/audit/record';
import type { Db } from '@/lib/db/client';
import { findEnabledUser } from '@/lib/users/queries';
import { createUser } from '@/lib/users/create-user';
import { findInvitation } from './queries';
import { invitationMessages } from './state';

class Refused extends Error {}

type Acceptance =
  | { kind: 'new-user'; name: string; password: string }
  | { kind: 'existing-user'; userId: number };

/**
 * Accepts an invitation once: a new guest account, or the episodes added to the
 * access of the signed-in user the invitation was sent to. The guard on
 * acceptedAt makes a second (or parallel) use fail.
 */
export async function acceptInvitation(
  db: Db,
  token: string,
  acceptance: Acceptance,
  ip: string,
): Promise<{ ok: true; email: string } | { ok: false; error: string }> {
  // Refusals are thrown so that nothing written before them (a new account) is kept.
  return db.$transaction(async (tx) => {
    const { state, invitation } = await findInvitation(tx, token);
    if (state !== 'valid' || !invitation) throw new Refused(invitationMessages[state === 'valid' ? 'invalid' : state]);
    let user: { id: number; email: string };
    if (acceptance.kind === 'existing-user') {
      const existing = await findEnabledUser(tx, acceptance.userId);
      if (!existing || existing.email !== invitation.email) {
        throw new Refused(`Diese Einladung gilt für ${invitation.email}. Bitte melde dich mit dieser Adresse an.`);
      }
      user = existing;
    } else {
      if (await tx.user.findUnique({ where: { email: invitation.email } })) {
        throw new Refused('Für diese Adresse gibt es schon einen Zugang. Bitte melde dich an und öffne den Link dann noch einmal.');
      }
      user = await createUser(tx, { email: invitation.email, name: acceptance.name, password: acceptance.password, role: 'GUEST' });
      await recordAudit(tx, { actor: user, action: 'user.created', target: { type: 'user', id: user.id }, ip });
    }
    const claimed = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: new Date(), acceptedById: user.id },
    });
    if (claimed.count !== 1) throw new Refused(invitationMessages.accepted);
    const episodeIds = invitation.episodes.map(({ episode }) => episode.id);
    await tx.episodeAccess.createMany({
      data: episodeIds.map((episodeId) => ({ userId: user.id, episodeId })),
      skipDuplicates: true,
    });
    await recordAudit(tx, { actor: user, action: 'invitation.accepted', target: { type: 'invitation', id: invitation.id }, ip });
    await recordAudit(tx, { actor: user, action: 'access.granted', target: { type: 'user', id: user.id }, details: { episodeIds }, ip });
    return { ok: true as const, email: user.email };
  }).catch((error: unknown) => {
    if (error instanceof Refused) return { ok: false as const, error: error.message };
    throw error;
  });
}
