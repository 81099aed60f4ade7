'use server';

import { ActionError, defineAction } from '@/lib/actions/define-action';
import { requestIp } from '@/lib/actions/request-ip';
import { recordAudit } from '@/lib/audit/record';
import { db } from '@/lib/db/client';
import * as schema from './schema';

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
