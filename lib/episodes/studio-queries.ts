import { db } from '@/lib/db/client';

/** Episodes for pickers (invitations, access): code and title. */
export async function listEpisodeChoices() {
  return db().episode.findMany({
    orderBy: [{ season: { number: 'asc' } }, { number: 'asc' }],
    select: { id: true, number: true, title: true, season: { select: { number: true } } },
  });
}
