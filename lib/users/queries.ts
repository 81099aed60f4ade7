import { db } from '@/lib/db/client';

/** Everyone with an account, with the episodes guests may edit. */
export async function listPeople() {
  return db().user.findMany({
    orderBy: [{ role: 'asc' }, { name: 'asc' }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabledAt: true,
      lastSignInAt: true,
      episodeAccess: {
        orderBy: [{ episode: { season: { number: 'asc' } } }, { episode: { number: 'asc' } }],
        select: { episode: { select: { id: true, number: true, title: true, season: { select: { number: true } } } } },
      },
    },
  });
}
