'use server';

import { ActionError, type ActionResult, defineAction, parseInput } from '@/lib/actions/define-action';
import { requestIp } from '@/lib/actions/request-ip';
import { recordAudit } from '@/lib/audit/record';
import { rateLimited } from '@/lib/auth/rate-limit';
import { db } from '@/lib/db/client';
import { createFirstHostWithToken } from './first-host';
import * as schema from './schema';

/**
 * The first host's account from the one-time setup link, for a person without an account:
 * the token is the credential, so it is rate-limited per IP and refuses anything but a
 * valid, unused, unexpired token.
 */
export async function setupFirstHost(raw: unknown): Promise<ActionResult<null>> {
  const ip = await requestIp();
  return rateLimited([['setupIp', ip]], async () => {
    const parsed = parseInput(schema.createFirstHost, raw);
    if (!parsed.ok) return parsed;
    const result = await createFirstHostWithToken(db(), { ...parsed.data, ip });
    return result.ok ? { ok: true, data: null } : result;
  });
}

export const revokeEpisodeAccess = defineAction({
  name: 'access.revoke',
  input: schema.episodeAccessChange,
  permission: 'people.manage',
  async run({ user, input }) {
    await db().$transaction(async (tx) => {
      const removed = await tx.episodeAccess.deleteMany({ where: { userId: input.userId, episodeId: input.episodeId } });
      if (removed.count !== 1) throw new ActionError('Dieser Zugang besteht nicht (mehr).');
      await recordAudit(tx, {
        actor: user,
        action: 'access.revoked',
        target: { type: 'user', id: input.userId },
        details: { episodeId: input.episodeId },
        ip: await requestIp(),
      });
    });
    return null;
  },
});

export const grantEpisodeAccess = defineAction({
  name: 'access.grant',
  input: schema.grantAccess,
  permission: 'people.manage',
  async run({ user, input }) {
    await db().$transaction(async (tx) => {
      const guest = await tx.user.findUnique({ where: { id: input.userId } });
      if (!guest) throw new ActionError('Diese Person gibt es nicht.');
      await tx.episodeAccess.createMany({
        data: input.episodeIds.map((episodeId) => ({ userId: input.userId, episodeId, grantedById: user.id })),
        skipDuplicates: true,
      });
      await recordAudit(tx, {
        actor: user,
        action: 'access.granted',
        target: { type: 'user', id: input.userId },
        details: { episodeIds: input.episodeIds },
        ip: await requestIp(),
      });
    });
    return null;
  },
});

export const setUserDisabled = defineAction({
  name: 'user.set_disabled',
  input: schema.setUserDisabled,
  permission: 'people.manage',
  async run({ user, input }) {
    if (input.userId === user.id) throw new ActionError('Du kannst dich nicht selbst deaktivieren.');
    await db().$transaction(async (tx) => {
      await tx.user.update({ where: { id: input.userId }, data: { disabledAt: input.disabled ? new Date() : null } });
      await recordAudit(tx, {
        actor: user,
        action: input.disabled ? 'user.disabled' : 'user.enabled',
        target: { type: 'user', id: input.userId },
        ip: await requestIp(),
      });
    });
    return null;
  },
});

export const setUserRole = defineAction({
  name: 'user.set_role',
  input: schema.setUserRole,
  permission: 'people.manage',
  async run({ user, input }) {
    if (input.userId === user.id) throw new ActionError('Du kannst deine eigene Rolle nicht ändern.');
    await db().$transaction(async (tx) => {
      await tx.user.update({ where: { id: input.userId }, data: { role: input.role } });
      await recordAudit(tx, {
        actor: user,
        action: 'user.role_changed',
        target: { type: 'user', id: input.userId },
        details: { role: input.role },
        ip: await requestIp(),
      });
    });
    return null;
  },
});
