import { db } from '@/lib/db/client';

export async function listAuditEvents(take = 200) {
  return db().auditEvent.findMany({
    orderBy: { createdAt: 'desc' },
    take,
    select: { id: true, actorLabel: true, action: true, targetType: true, targetId: true, details: true, ip: true, createdAt: true },
  });
}
