import type { Tx } from '@/lib/db/types';
import type { Prisma, RecapStatus } from '@/lib/generated/prisma/client';

/** Edits by the same person within this window update one revision instead of adding many. */
export const revisionWindowMs = 5 * 60 * 1000;

type Snapshot = {
  recapId: number;
  version: number;
  status: RecapStatus;
  body: Prisma.InputJsonObject;
  plainText: string;
  author: { id: number; name: string } | null;
  authorLabel?: string;
};

/** Records a revision; coalesces autosaves unless `force` (status changes, restores, conflicts). */
export async function recordRevision(tx: Tx, snapshot: Snapshot, options: { force?: boolean; now?: Date } = {}): Promise<void> {
  const now = options.now ?? new Date();
  const author = snapshot.authorLabel ?? snapshot.author?.name ?? 'System';
  if (!options.force && snapshot.author) {
    // Only what decides, not the stored text: autosaves come every few seconds, and the body can be large.
    const last = await tx.recapRevision.findFirst({
      where: { recapId: snapshot.recapId },
      orderBy: { id: 'desc' },
      select: { id: true, authorId: true, status: true, author: true, createdAt: true },
    });
    if (
      last &&
      last.authorId === snapshot.author.id &&
      last.status === snapshot.status &&
      last.author === author &&
      now.getTime() - last.createdAt.getTime() < revisionWindowMs
    ) {
      await tx.recapRevision.updateMany({
        where: { id: last.id },
        data: { version: snapshot.version, body: snapshot.body, plainText: snapshot.plainText },
      });
      return;
    }
  }
  await tx.recapRevision.create({
    data: {
      recapId: snapshot.recapId,
      version: snapshot.version,
      status: snapshot.status,
      body: snapshot.body,
      plainText: snapshot.plainText,
      author,
      authorId: snapshot.author?.id ?? null,
      createdAt: now,
    },
  });
}
