import type { Tx } from '@/lib/db/types';
import type { Prisma } from '@/lib/generated/prisma/client';

export type AuditAction =
  | 'auth.sign_in'
  | 'auth.sign_in_failed'
  | 'auth.setup_host'
  | 'user.created'
  | 'user.disabled'
  | 'user.enabled'
  | 'user.role_changed'
  | 'invitation.created'
  | 'invitation.extended'
  | 'invitation.revoked'
  | 'invitation.accepted'
  | 'access.granted'
  | 'access.revoked'
  | 'recap.submitted'
  | 'recap.published'
  | 'recap.scheduled'
  | 'recap.unpublished'
  | 'recap.assigned'
  | 'recap.deleted'
  | 'episode.updated';

export type AuditEntry = {
  actor: { id: number; email: string } | null;
  /** Shown instead of the actor when there is none (e.g. the e-mail typed at a failed sign-in). */
  actorLabel?: string;
  action: AuditAction;
  target?: { type: string; id: string | number };
  details?: Prisma.InputJsonObject;
  ip?: string | null;
};

/** Records who did what; written in the same transaction as the change it describes. */
export async function recordAudit(db: Tx, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorLabel: entry.actor?.email ?? entry.actorLabel ?? 'System',
      action: entry.action,
      targetType: entry.target?.type ?? null,
      targetId: entry.target ? String(entry.target.id) : null,
      details: entry.details,
      ip: entry.ip ?? null,
    },
  });
}
