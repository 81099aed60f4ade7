import { redirect } from 'next/navigation';
import { db } from '@/lib/db/client';
import { type Action, can, type SessionUser, type Target } from './permissions';
import { getCurrentUser } from './session';

/** For studio pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/anmelden?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For studio pages: whether the signed-in user may do `action` (pages render a refusal when not). */
export async function userMay(user: SessionUser, action: Action, target?: Target): Promise<boolean> {
  return can(db(), user, action, target);
}
