import type { SessionUser } from '@/lib/auth/permissions';
import { db } from '@/lib/db/client';
import type { Tx } from '@/lib/db/types';
import { setupTokenState } from './first-host';

/** The user as of now: a disabled account counts as signed out. */
export function findEnabledUser(tx: Tx, id: number): Promise<SessionUser | null> {
  return tx.user.findFirst({ where: { id, disabledAt: null }, select: { id: true, email: true, name: true, role: true } });
}

/** For the setup page. */
export function getSetupTokenState(token: string) {
  return setupTokenState(db(), token);
}

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
