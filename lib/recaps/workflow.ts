import { ActionError } from '@/lib/actions/action-error';
import { recordAudit } from '@/lib/audit/record';
import type { SessionUser } from '@/lib/auth/permissions';
import type { Db } from '@/lib/db/client';
import type { RecapStatus } from '@/lib/generated/prisma/client';
import { storedBody, type RecapDocument } from './document';
import { recordRevision } from './revisions';

type Transition = { to: RecapStatus; publishAt?: Date | null };

const allowed: Record<RecapStatus, RecapStatus[]> = {
  DRAFT: ['IN_REVIEW', 'PUBLISHED'],
  IN_REVIEW: ['DRAFT', 'PUBLISHED'],
  PUBLISHED: ['DRAFT', 'PUBLISHED'],
};

const statusNames: Record<RecapStatus, string> = { DRAFT: 'Entwurf', IN_REVIEW: 'in Prüfung', PUBLISHED: 'veröffentlicht' };

/**
 * Moves a recap through draft → in review → published → back to draft. Who may
 * ask for which transition is decided by the caller's permission (submit for
 * everyone with access, publish/unpublish for hosts). Each change records a
 * revision and an audit entry.
 */
export async function changeStatus(db: Db, episodeId: number, transition: Transition, user: SessionUser, ip: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const recap = await tx.recap.findUnique({ where: { episodeId } });
    if (!recap) throw new ActionError('Für diese Folge gibt es noch kein Recap.');
    if (!allowed[recap.status].includes(transition.to)) {
      throw new ActionError(`Ein Recap im Status „${statusNames[recap.status]}“ kann nicht „${statusNames[transition.to]}“ werden.`);
    }
    if (transition.to === 'PUBLISHED' && !recap.plainText.trim()) throw new ActionError('Ein leeres Recap kann nicht veröffentlicht werden.');
    const publishedAt = transition.to === 'PUBLISHED' ? (transition.publishAt ?? now) : null;
    const updated = await tx.recap.update({
      where: { id: recap.id },
      data: { status: transition.to, publishedAt, version: { increment: 1 }, updatedById: user.id },
    });
    await recordRevision(
      tx,
      {
        recapId: recap.id,
        version: updated.version,
        status: transition.to,
        body: storedBody(recap.body as RecapDocument),
        plainText: recap.plainText,
        author: user,
      },
      { force: true, now },
    );
    const action =
      transition.to === 'IN_REVIEW'
        ? 'recap.submitted'
        : transition.to === 'DRAFT'
          ? 'recap.unpublished'
          : publishedAt && publishedAt > now
            ? 'recap.scheduled'
            : 'recap.published';
    if (!(transition.to === 'DRAFT' && recap.status !== 'PUBLISHED')) {
      await recordAudit(tx, {
        actor: user,
        action,
        target: { type: 'episode', id: episodeId },
        details: publishedAt ? { publishedAt: publishedAt.toISOString() } : undefined,
        ip,
      });
    }
    return { status: updated.status, version: updated.version, publishedAt: updated.publishedAt };
  });
}
