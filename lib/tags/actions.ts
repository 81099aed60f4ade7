'use server';

import { ActionError, defineAction } from '@/lib/actions/define-action';
import { db } from '@/lib/db/client';
import type { Tx } from '@/lib/db/types';
import { refreshPublicPages } from '@/lib/recaps/refresh';
import * as schema from './schema';

type TagRef = { episodeId: number; kind: 'character' | 'storyline'; tagId: number };

const byEpisode = (input: { episodeId: number }) => ({ episodeId: input.episodeId });

async function recapOf(tx: Tx, episodeId: number) {
  const recap = await tx.recap.findUnique({ where: { episodeId }, select: { id: true, status: true } });
  if (!recap) throw new ActionError('Diese Folge hat noch kein Recap.');
  return recap;
}

/** Sets the source of one tag; false when the recap has no such tag. */
async function setSource(tx: Tx, recapId: number, input: TagRef): Promise<boolean> {
  const changed =
    input.kind === 'character'
      ? await tx.recapCharacter.updateMany({ where: { recapId, characterId: input.tagId }, data: { source: 'MANUAL' } })
      : await tx.recapStoryline.updateMany({ where: { recapId, storylineId: input.tagId }, data: { source: 'MANUAL' } });
  return changed.count === 1;
}

// Tags show up on public character and storyline pages, so a published recap's pages go stale.
async function refreshIfPublished(status: string): Promise<void> {
  if (status === 'PUBLISHED') await refreshPublicPages();
}

export const confirmTag = defineAction({
  name: 'tag.confirm',
  input: schema.tagRef,
  permission: 'recap.tags.review',
  target: byEpisode,
  async run({ input }) {
    const recap = await db().$transaction(async (tx) => {
      const found = await recapOf(tx, input.episodeId);
      if (!(await setSource(tx, found.id, input))) throw new ActionError('Diesen Vorschlag gibt es nicht (mehr).');
      return found;
    });
    await refreshIfPublished(recap.status);
    return null;
  },
});

export const addTag = defineAction({
  name: 'tag.add',
  input: schema.tagRef,
  permission: 'recap.tags.review',
  target: byEpisode,
  async run({ input }) {
    const recap = await db().$transaction(async (tx) => {
      const found = await recapOf(tx, input.episodeId);
      const exists =
        input.kind === 'character'
          ? await tx.character.count({ where: { id: input.tagId } })
          : await tx.storyline.count({ where: { id: input.tagId } });
      if (exists !== 1) throw new ActionError(input.kind === 'character' ? 'Diese Figur gibt es nicht (mehr).' : 'Diesen Handlungsstrang gibt es nicht (mehr).');
      // Adding a tag that is already suggested confirms it instead of failing.
      if (!(await setSource(tx, found.id, input))) {
        if (input.kind === 'character') await tx.recapCharacter.create({ data: { recapId: found.id, characterId: input.tagId, source: 'MANUAL' } });
        else await tx.recapStoryline.create({ data: { recapId: found.id, storylineId: input.tagId, source: 'MANUAL' } });
      }
      return found;
    });
    await refreshIfPublished(recap.status);
    return null;
  },
});

/** Removes a tag: rejecting a suggestion and removing a set tag are the same deletion. */
export const removeTag = defineAction({
  name: 'tag.remove',
  input: schema.tagRef,
  permission: 'recap.tags.review',
  target: byEpisode,
  async run({ input }) {
    const recap = await db().$transaction(async (tx) => {
      const found = await recapOf(tx, input.episodeId);
      const removed =
        input.kind === 'character'
          ? await tx.recapCharacter.deleteMany({ where: { recapId: found.id, characterId: input.tagId } })
          : await tx.recapStoryline.deleteMany({ where: { recapId: found.id, storylineId: input.tagId } });
      if (removed.count !== 1) throw new ActionError('Dieses Schlagwort gibt es nicht (mehr).');
      return found;
    });
    await refreshIfPublished(recap.status);
    return null;
  },
});
