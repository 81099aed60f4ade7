import { AsyncLocalStorage } from 'node:async_hooks';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { db } from '@/lib/db/client';
import { findEnabledUser } from '@/lib/users/queries';
import { authOptions } from './options';
import type { SessionUser } from './permissions';

// Lets tests (the authorisation matrix) call server actions as the holder of a
// given session without a browser: only where the user id comes from is replaced;
// loading the user and every permission check behind it are the real ones.
const sessionUserId = new AsyncLocalStorage<number | null>();

export function runAs<T>(userId: number | null, work: () => Promise<T>): Promise<T> {
  return sessionUserId.run(userId, work);
}

async function userIdFromSession(): Promise<number | null> {
  const fromTest = sessionUserId.getStore();
  if (fromTest !== undefined) return fromTest;
  const session = (await getServerSession(authOptions)) as { userId?: string } | null;
  const id = Number(session?.userId);
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** The signed-in, enabled user of this request, or null. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const id = await userIdFromSession();
  if (id === null) return null;
  // Loaded on every request: a disabled user is signed out at once, not when the token expires.
  return findEnabledUser(db(), id);
});
