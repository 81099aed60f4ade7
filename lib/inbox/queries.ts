import { db } from '@/lib/db/client';

/** One recap of the import inbox (null when it is gone or already has an episode). */
export async function getInboxRecap(recapId: number) {
  return db().recap.findFirst({
    where: { id: recapId, episodeId: null },
    select: { id: true, body: true, excerpt: true, importNote: true, status: true, createdAt: true },
  });
}

/** Episodes an inbox recap can go to: those without a recap, in viewing order. */
export async function listEpisodesWithoutRecap() {
  return db().episode.findMany({
    where: { recap: null },
    orderBy: [{ season: { number: 'asc' } }, { number: 'asc' }],
    select: { id: true, number: true, title: true, season: { select: { number: true } } },
  });
}
