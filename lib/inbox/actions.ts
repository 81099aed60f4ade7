'use server';

import { ActionError, defineAction } from '@/lib/actions/define-action';
import { requestIp } from '@/lib/actions/request-ip';
import { isUniqueViolation } from '@/lib/actions/unique-violation';
import { recordAudit } from '@/lib/audit/record';
import { db } from '@/lib/db/client';
import { refreshPublicPages } from '@/lib/cache/refresh';
import { episodeCode } from '@/lib/text/slug';
import * as schema from './schema';

const occupied = () => new ActionError('Diese Folge hat inzwischen schon ein Recap. Bitte wähle eine andere.', { episodeId: ['Folge ist schon belegt.'] });

export const assignInboxRecap = defineAction({
  name: 'inbox.assign',
  input: schema.assignInboxRecap,
  permission: 'recap.assign',
  async run({ user, input }) {
    const ip = await requestIp();
    try {
      const assigned = await db().$transaction(async (tx) => {
        const episode = await tx.episode.findUnique({
          where: { id: input.episodeId },
          select: { id: true, number: true, season: { select: { number: true } }, recap: { select: { id: true } } },
        });
        if (!episode) throw new ActionError('Diese Folge gibt es nicht.');
        if (episode.recap) throw occupied();
        // Only a recap still in the inbox moves; the unique episodeId index catches a
        // second host assigning another recap to the same episode at the same moment.
        const moved = await tx.recap.updateMany({ where: { id: input.recapId, episodeId: null }, data: { episodeId: episode.id } });
        if (moved.count !== 1) throw new ActionError('Dieses Recap ist nicht mehr im Eingang.');
        await recordAudit(tx, {
          actor: user,
          action: 'recap.assigned',
          target: { type: 'recap', id: input.recapId },
          details: { episodeId: episode.id, episode: episodeCode(episode.season.number, episode.number) },
          ip,
        });
        return tx.recap.findUniqueOrThrow({ where: { id: input.recapId }, select: { status: true } });
      });
      if (assigned.status === 'PUBLISHED') await refreshPublicPages();
      return { episodeId: input.episodeId };
    } catch (error) {
      if (isUniqueViolation(error)) throw occupied();
      throw error;
    }
  },
});

export const deleteInboxRecap = defineAction({
  name: 'inbox.delete',
  input: schema.inboxRecapRef,
  permission: 'recap.assign',
  async run({ user, input }) {
    await db().$transaction(async (tx) => {
      const recap = await tx.recap.findFirst({ where: { id: input.recapId, episodeId: null }, select: { excerpt: true, importNote: true } });
      if (!recap) throw new ActionError('Dieses Recap ist nicht mehr im Eingang.');
      await tx.recap.delete({ where: { id: input.recapId } });
      await recordAudit(tx, {
        actor: user,
        action: 'recap.deleted',
        target: { type: 'recap', id: input.recapId },
        details: { excerpt: recap.excerpt.slice(0, 120), note: recap.importNote },
        ip: await requestIp(),
      });
    });
    return null;
  },
});
