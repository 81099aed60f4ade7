import { db } from '@/lib/db/client';

export async function listInvitations() {
  return db().invitation.findMany({
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: {
      id: true,
      email: true,
      createdAt: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      createdBy: { select: { name: true } },
      episodes: { select: { episode: { select: { number: true, season: { select: { number: true } } } } } },
    },
  });
}
