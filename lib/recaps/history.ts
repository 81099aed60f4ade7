import { diffWords } from 'diff';
import { db } from '@/lib/db/client';

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/** A word-level diff from `from` to `to`, for reading (not for patching). */
export function textDiff(from: string, to: string): DiffPart[] {
  return diffWords(from, to).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/** The recap's revisions, newest first, with the current text to compare against. */
export async function getRecapHistory(episodeId: number) {
  const recap = await db().recap.findUnique({
    where: { episodeId },
    select: {
      version: true,
      plainText: true,
      revisions: {
        orderBy: { id: 'desc' },
        take: 100,
        select: { id: true, version: true, status: true, author: true, createdAt: true, plainText: true },
      },
    },
  });
  return recap;
}
