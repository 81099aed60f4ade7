'use server';

import { ActionError, defineAction } from '@/lib/actions/define-action';
import { db } from '@/lib/db/client';
import type { Tx } from '@/lib/db/types';
import { refreshPublicPages } from '@/lib/cache/refresh';
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

/**
 * Runs one tag change on the episode's recap in a transaction. Tags show up on public
 * character and storyline pages, so a published recap's pages are refreshed after it.
 */
async function changeTags(episodeId: number, change: (tx: Tx, recapId: number) => Promise<void>): Promise<null> {
  const recap = await db().$transaction(async (tx) => {
    const found = await recapOf(tx, episodeId);
    await change(tx, found.id);
    return found;
  });
  if (recap.status === 'PUBLISHED') await refreshPublicPages();
  return null;
}

export const confirmTag = defineAction({
  name: 'tag.confirm',
  input: schema.tagRef,
  permission: 'recap.tags.review',
  target: byEpisode,
  run: ({ input }) =>
    changeTags(input.episodeId, async (tx, recapId) => {
      if (!(await setSource(tx, recapId, input))) throw new ActionError('Diesen Vorschlag gibt es nicht (mehr).');
    }),
});

export const addTag = defineAction({
  name: 'tag.add',
  input: schema.tagRef,
  permission: 'recap.tags.review',
  target: byEpisode,
  run: ({ input }) =>
    changeTags(input.episodeId, async (tx, recapId) => {
      const exists =
        input.kind === 'character'
          ? await tx.character.count({ where: { id: input.tagId } })
          : await tx.storyline.count({ where: { id: input.tagId } });
      if (exists !== 1) throw new ActionError(input.kind === 'character' ? 'Diese Figur gibt es nicht (mehr).' : 'Diesen Handlungsstrang gibt es nicht (mehr).');
      // Adding a tag that is already suggested confirms it instead of failing.
      if (!(await setSource(tx, recapId, input))) {
        if (input.kind === 'character') await tx.recapCharacter.create({ data: { recapId, characterId: input.tagId, source: 'MANUAL' } });
        else await tx.recapStoryline.create({ data: { recapId, storylineId: input.tagId, source: 'MANUAL' } });
      }
    }),
});

/** Removes a tag: rejecting a suggestion and removing a set tag are the same deletion. */
export const removeTag = defineAction({
  name: 'tag.remove',
  input: schema.tagRef,
  permission: 'recap.tags.review',
  target: byEpisode,
  run: ({ input }) =>
    changeTags(input.episodeId, async (tx, recapId) => {
      const removed =
        input.kind === 'character'
          ? await tx.recapCharacter.deleteMany({ where: { recapId, characterId: input.tagId } })
          : await tx.recapStoryline.deleteMany({ where: { recapId, storylineId: input.tagId } });
      if (removed.count !== 1) throw new ActionError('Dieses Schlagwort gibt es nicht (mehr).');
    }),
});
