import { AsyncLocalStorage } from 'node:async_hooks';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { db } from '@/lib/db/client';
import { authOptions } from './options';
import type { SessionUser } from './permissions';

// Lets tests (the authorisation matrix) call server actions as a given person
// without a browser; the permission checks behind it are the real ones.
const actingAs = new AsyncLocalStorage<SessionUser | null>();

export function runAs<T>(user: SessionUser | null, work: () => Promise<T>): Promise<T> {
  return actingAs.run(user, work);
}

async function userFromSession(): Promise<SessionUser | null> {
  const session = (await getServerSession(authOptions)) as { userId?: string } | null;
  const id = Number(session?.userId);
  if (!Number.isInteger(id) || id <= 0) return null;
  // Loaded on every request: a disabled user is signed out at once, not when the token expires.
  return db().user.findFirst({
    where: { id, disabledAt: null },
    select: { id: true, email: true, name: true, role: true },
  });
}

/** The signed-in, enabled user of this request, or null. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const override = actingAs.getStore();
  if (override !== undefined) return override;
  return userFromSession();
});
