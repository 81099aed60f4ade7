'use server';

import { ActionError, type ActionResult, defineAction, parseInput } from '@/lib/actions/define-action';
import { requestIp } from '@/lib/actions/request-ip';
import { recordAudit } from '@/lib/audit/record';
import { rateLimited } from '@/lib/auth/rate-limit';
import { getCurrentUser } from '@/lib/auth/session';
import { generateToken, hashToken, invitationLifetimeMs } from '@/lib/auth/tokens';
import { db } from '@/lib/db/client';
import { siteUrl } from '@/lib/env';
import { episodeCode } from '@/lib/text/slug';
import { acceptInvitation } from './accept';
import { sendInvitationMail } from './mail';
import { acceptInvitationAsNewUser, createInvitation as createInvitationSchema, invitationRef } from './schema';

export const createInvitation = defineAction({
  name: 'invitation.create',
  input: createInvitationSchema,
  permission: 'people.manage',
  async run({ user, input }) {
    const episodes = await db().episode.findMany({
      where: { id: { in: input.episodeIds } },
      select: { id: true, number: true, title: true, season: { select: { number: true } } },
    });
    if (episodes.length !== new Set(input.episodeIds).size) throw new ActionError('Mindestens eine der Folgen gibt es nicht.');
    const token = generateToken();
    const invitation = await db().$transaction(async (tx) => {
      const created = await tx.invitation.create({
        data: {
          email: input.email,
          tokenHash: hashToken(token),
          expiresAt: new Date(Date.now() + invitationLifetimeMs),
          createdById: user.id,
          episodes: { create: episodes.map((episode) => ({ episodeId: episode.id })) },
        },
      });
      await recordAudit(tx, {
        actor: user,
        action: 'invitation.created',
        target: { type: 'invitation', id: created.id },
        details: { email: input.email, episodes: episodes.map((e) => episodeCode(e.season.number, e.number)) },
        ip: await requestIp(),
      });
      return created;
    });
    const link = `${siteUrl()}/einladung/${token}`;
    const titles = episodes.map((e) => `${episodeCode(e.season.number, e.number)} ${e.title}`);
    const mailed = await sendInvitationMail(input.email, link, titles).catch((error: unknown) => {
      console.error('Einladungsmail nicht versendet:', error);
      return false;
    });
    return { id: invitation.id, link, mailed };
  },
});

export const extendInvitation = defineAction({
  name: 'invitation.extend',
  input: invitationRef,
  permission: 'people.manage',
  async run({ user, input }) {
    const expiresAt = new Date(Date.now() + invitationLifetimeMs);
    await db().$transaction(async (tx) => {
      const updated = await tx.invitation.updateMany({
        where: { id: input.invitationId, acceptedAt: null, revokedAt: null },
        data: { expiresAt },
      });
      if (updated.count !== 1) throw new ActionError('Diese Einladung ist schon angenommen oder zurückgezogen.');
      await recordAudit(tx, { actor: user, action: 'invitation.extended', target: { type: 'invitation', id: input.invitationId } });
    });
    return { expiresAt };
  },
});

export const revokeInvitation = defineAction({
  name: 'invitation.revoke',
  input: invitationRef,
  permission: 'people.manage',
  async run({ user, input }) {
    await db().$transaction(async (tx) => {
      const updated = await tx.invitation.updateMany({
        where: { id: input.invitationId, acceptedAt: null, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      if (updated.count !== 1) throw new ActionError('Diese Einladung ist schon angenommen oder zurückgezogen.');
      await recordAudit(tx, { actor: user, action: 'invitation.revoked', target: { type: 'invitation', id: input.invitationId } });
    });
    return null;
  },
});

/**
 * Accepts an invitation as the signed-in user when there is one, otherwise creates the guest
 * account. For a person without an account the token is the credential, so it is
 * rate-limited per IP and per invitation.
 */
export async function acceptInvitationAction(raw: unknown): Promise<ActionResult<{ email: string; existing: boolean }>> {
  const ip = await requestIp();
  const token = typeof raw === 'object' && raw !== null && 'token' in raw ? String(raw.token).slice(0, 100) : '';
  return rateLimited<{ email: string; existing: boolean }>(
    [
      ['invitationIp', ip],
      ['invitationToken', token || 'leer'],
    ],
    async () => {
      const user = await getCurrentUser();
      if (user) {
        const result = await acceptInvitation(db(), token, { kind: 'existing-user', userId: user.id }, ip);
        return result.ok ? { ok: true, data: { email: result.email, existing: true } } : result;
      }
      const parsed = parseInput(acceptInvitationAsNewUser, raw);
      if (!parsed.ok) return parsed;
      const result = await acceptInvitation(db(), token, { kind: 'new-user', name: parsed.data.name, password: parsed.data.password }, ip);
      return result.ok ? { ok: true, data: { email: result.email, existing: false } } : result;
    },
  );
}
