import * as Y from 'yjs';
import type { Tx } from '@/lib/db/types';
import type { RecapDocument } from '@/lib/recaps/document';
import { applyBody, encodeState } from './y-body';

// Everything that writes an episode's recap body or its shared live document takes this
// lock first, in the same order (lock, then rows), so a collaboration server storing the
// live document and a save from elsewhere never interleave or deadlock. Transaction-scoped
// advisory locks work the same on PostgreSQL and PGlite and across app instances.
const lockSpace = 0x52574348; // "RWCH"

export async function lockLiveDocument(tx: Tx, episodeId: number): Promise<void> {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(${lockSpace}::int, ${episodeId}::int)::text AS locked`;
}

/**
 * A recap body saved outside the live document (history restore, an editor without a
 * live connection) becomes a change of the shared document too: merged as the smallest
 * edit, so what people are typing live at that moment survives. Collaboration servers
 * notice the higher `seq` and merge the stored state into their copy.
 */
export async function mergeIntoLiveDocument(tx: Tx, episodeId: number, body: RecapDocument, recapVersion: number): Promise<void> {
  const row = await tx.collabDocument.findUnique({ where: { episodeId }, select: { state: true } });
  if (!row) return;
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, row.state);
  applyBody(ydoc, body);
  await tx.collabDocument.update({
    where: { episodeId },
    data: { state: encodeState(ydoc), seq: { increment: 1 }, recapVersion },
  });
  ydoc.destroy();
}
