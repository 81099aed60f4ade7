import { ActionError } from '@/lib/actions/action-error';
import { allows, publishedRecapRefusal, type SessionUser } from '@/lib/auth/permissions';
import { lockLiveDocument, mergeIntoLiveDocument } from '@/lib/recaps/live/live-lock';
import type { Db } from '@/lib/db/client';
import { excerptOf, plainTextOf, type RecapDocument, storedBody } from './document';
import { recordRevision } from './revisions';
import { validateDocument } from './document/validate';

/** Makes an old revision the current text again; the restore is itself a new revision, so nothing is lost. */
export async function restoreRevision(db: Db, input: { episodeId: number; revisionId: number; user: SessionUser }, now = new Date()) {
  return db.$transaction(async (tx) => {
    await lockLiveDocument(tx, input.episodeId);
    const revision = await tx.recapRevision.findFirst({
      where: { id: input.revisionId, recap: { episodeId: input.episodeId } },
      select: { version: true, body: true, recap: { select: { id: true, status: true, excerptManual: true } } },
    });
    if (!revision) throw new ActionError('Diese Version gibt es für diese Folge nicht.');
    if (!allows(input.user, 'recap.edit', { recapStatus: revision.recap.status })) throw new ActionError(publishedRecapRefusal);
    // Old revisions were valid when written; the schema may have tightened since.
    const checked = validateDocument(revision.body);
    if (!checked.ok) throw new ActionError(`Diese Version lässt sich nicht wiederherstellen: ${checked.error}`);
    const doc: RecapDocument = checked.doc;
    const plainText = plainTextOf(doc);
    const body = storedBody(doc);
    const updated = await tx.recap.update({
      where: { id: revision.recap.id },
      data: {
        body,
        plainText,
        ...(revision.recap.excerptManual ? {} : { excerpt: excerptOf(plainTextOf(doc, { spoilers: 'hide' })) }),
        version: { increment: 1 }, updatedById: input.user.id },
    });
    await recordRevision(
      tx,
      {
        recapId: updated.id,
        version: updated.version,
        status: updated.status,
        body,
        plainText,
        author: input.user,
        authorLabel: `${input.user.name} (wiederhergestellt aus Version ${revision.version})`,
      },
      { force: true, now },
    );
    await mergeIntoLiveDocument(tx, input.episodeId, doc, updated.version);
    return { version: updated.version, status: updated.status };
  });
}
