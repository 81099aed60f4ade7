import { isDeepStrictEqual } from 'node:util';
import * as Y from 'yjs';
import { ActionError } from '@/lib/actions/action-error';
import type { SessionUser } from '@/lib/auth/permissions';
import type { Db } from '@/lib/db/client';
import { saveTransaction } from '@/lib/db/save-transaction';
import { plainTextOf, storedBody } from '@/lib/recaps/document';
import type { PublicChange } from '@/lib/cache/public-change';
import { writeDraft } from '@/lib/recaps/save-draft';
import { validateDocument } from '@/lib/recaps/document/validate';
import { lockLiveDocument } from '@/lib/recaps/live/live-lock';
import { applyBody, bodyFromY, emptyBody, encodeState, isEmptyY } from '@/lib/recaps/live/y-body';

export type SyncResult = {
  /** The stored state's sequence number after this sync. */
  seq: number;
  /** The recap version the live document now reflects (null: no recap yet). */
  recapVersion: number | null;
  /** Why the editors' latest text was not taken (German), or null. */
  refused: string | null;
  /** What this sync changed on the public pages, when it saved a new version of a published recap. */
  publicChange: PublicChange | null;
};

/**
 * Brings one episode's shared document and the database into agreement, under the
 * episode's lock:
 * 1. the stored state is merged into `ydoc` (another instance or a save from elsewhere);
 * 2. a recap body changed without the live document (e.g. an inbox assignment) is merged in;
 *    an empty, never stored document starts from the recap body;
 * 3. with an `editor`, the document's text is saved as the recap body (revision, plain
 *    text, tags, search) attributed to them, after the same validation as any save; text
 *    that fails it is refused and the document goes back to the stored body;
 * 4. the merged state is stored.
 * Merging Yjs states is idempotent, so any number of servers may do this at any time.
 */
export async function syncLiveDocument(db: Db, episodeId: number, ydoc: Y.Doc, options: { editor?: SessionUser } = {}): Promise<SyncResult> {
  return db.$transaction(async (tx) => {
    await lockLiveDocument(tx, episodeId);
    const row = await tx.collabDocument.findUnique({ where: { episodeId }, select: { state: true, recapVersion: true } });
    const recap = await tx.recap.findUnique({ where: { episodeId }, select: { version: true, body: true } });
    if (row) Y.applyUpdate(ydoc, row.state, 'database');

    let changed = false;
    const noteChange = () => {
      changed = true;
    };
    ydoc.on('update', noteChange);
    try {
      let recapVersion = row?.recapVersion ?? null;
      if (recap && (row ? row.recapVersion !== recap.version : isEmptyY(ydoc))) {
        applyBody(ydoc, recap.body);
        recapVersion = recap.version;
      }
      let refused: string | null = null;
      let publicChange: PublicChange | null = null;
      if (options.editor) {
        const checked = validateDocument(bodyFromY(ydoc));
        if (!checked.ok) {
          refused = checked.error;
        } else if (recap ? !isDeepStrictEqual(recap.body, storedBody(checked.doc)) : plainTextOf(checked.doc).trim() !== '') {
          try {
            const outcome = await writeDraft(tx, { episodeId, baseVersion: null, doc: checked.doc, user: options.editor });
            if (outcome.status === 'saved') {
              recapVersion = outcome.version;
              if (outcome.recapStatus === 'PUBLISHED') publicChange = outcome.publicChange;
            }
          } catch (error) {
            if (!(error instanceof ActionError)) throw error;
            refused = error.message;
          }
        }
        if (refused) applyBody(ydoc, recap?.body ?? emptyBody);
      }
      if (row && !changed && !options.editor && recapVersion === row.recapVersion) {
        const current = await tx.collabDocument.findUniqueOrThrow({ where: { episodeId }, select: { seq: true } });
        return { seq: current.seq, recapVersion, refused, publicChange };
      }
      const state = encodeState(ydoc);
      const stored = await tx.collabDocument.upsert({
        where: { episodeId },
        create: { episodeId, state, recapVersion },
        update: { state, recapVersion, seq: { increment: 1 } },
        select: { seq: true },
      });
      return { seq: stored.seq, recapVersion, refused, publicChange };
    } finally {
      ydoc.off('update', noteChange);
    }
  }, saveTransaction);
}
