'use server';

import { ActionError, defineAction } from '@/lib/actions/define-action';
import { requestIp } from '@/lib/actions/request-ip';
import { isUniqueViolation } from '@/lib/actions/unique-violation';
import { excerptOf, plainTextOf, type RecapDocument } from '@/lib/recaps/document';
import { recordAudit } from '@/lib/audit/record';
import { allows } from '@/lib/auth/permissions';
import { db } from '@/lib/db/client';
import type { Tx } from '@/lib/db/types';
import { refreshPublicPages } from '@/lib/cache/refresh';
import { episodeSlug } from '@/lib/text/slug';
import * as schema from './schema';

const slugTaken = () => new ActionError('Diese Adresse hat schon eine andere Folge.', { slug: ['Diese Adresse ist schon vergeben.'] });
const numberTaken = (number: number) =>
  new ActionError(`Die Podcast-Folge Nr. ${number} ist schon einer anderen Folge zugeordnet.`, { podcastEpisodeNumber: ['Diese Nummer ist schon vergeben.'] });

async function assertFree(tx: Tx, episode: { id: number; showId: number }, slug: string, podcastNumber: number | null): Promise<void> {
  if (await tx.episode.count({ where: { slug, NOT: { id: episode.id } } })) throw slugTaken();
  if (podcastNumber !== null && (await tx.episode.count({ where: { showId: episode.showId, podcastEpisodeNumber: podcastNumber, NOT: { id: episode.id } } }))) {
    throw numberTaken(podcastNumber);
  }
}

/**
 * Hosts and the guests invited to an episode may edit its metadata; only hosts may
 * change the slug, because it is the public address that feeds and links point to.
 */
export const updateEpisodeMetadata = defineAction({
  name: 'episode.update_metadata',
  input: schema.updateEpisodeMetadata,
  permission: 'recap.edit',
  target: (input) => ({ episodeId: input.episodeId }),
  async run({ user, input }) {
    const podcastNumber = input.podcastEpisodeNumber === '' ? null : Number(input.podcastEpisodeNumber);
    const ip = await requestIp();
    try {
      await db().$transaction(async (tx) => {
        const episode = await tx.episode.findUnique({
          where: { id: input.episodeId },
          select: { id: true, showId: true, slug: true, number: true, season: { select: { number: true } }, recap: { select: { id: true } } },
        });
        if (!episode) throw new ActionError('Diese Folge gibt es nicht (mehr).');
        const slug = input.slug || episodeSlug(episode.season.number, episode.number, input.title);
        if (slug !== episode.slug && !allows(user, 'episode.slug.change')) {
          throw new ActionError('Die Adresse einer Folge können nur Hosts ändern.', { slug: ['Nur Hosts können die Adresse ändern.'] });
        }
        await assertFree(tx, episode, slug, podcastNumber);
        await tx.episode.update({
          where: { id: episode.id },
          data: {
            title: input.title,
            slug,
            // A date input gives the calendar day; @db.Date stores it at UTC midnight.
            recordedAt: input.recordedAt ? new Date(`${input.recordedAt}T00:00:00Z`) : null,
            audioUrl: input.audioUrl || null,
            podcastEpisodeNumber: podcastNumber,
          },
        });
        // A written excerpt stays until it is cleared; an empty one goes back to the generated one.
        if (episode.recap) {
          const recap = await tx.recap.findUniqueOrThrow({ where: { id: episode.recap.id }, select: { body: true, excerptManual: true } });
          if (input.excerpt) {
            await tx.recap.update({ where: { id: episode.recap.id }, data: { excerpt: input.excerpt, excerptManual: true } });
          } else if (recap.excerptManual) {
            const generated = excerptOf(plainTextOf(recap.body as RecapDocument, { spoilers: 'hide' }));
            await tx.recap.update({ where: { id: episode.recap.id }, data: { excerpt: generated, excerptManual: false } });
          }
        }
        await recordAudit(tx, {
          actor: user,
          action: 'episode.updated',
          target: { type: 'episode', id: episode.id },
          details: { slug, ...(slug !== episode.slug ? { previousSlug: episode.slug } : {}) },
          ip,
        });
      });
    } catch (error) {
      // Two people saving at once: the unique indexes decide, the message stays specific.
      if (isUniqueViolation(error)) throw new ActionError('Adresse oder Podcast-Nummer ist gerade von einer anderen Folge belegt worden.');
      throw error;
    }
    // Titles, addresses and audio show on public pages even before a recap exists.
    await refreshPublicPages();
    return null;
  },
});
