import { parse } from 'cookie';
import { decode } from 'next-auth/jwt';
import { can, type SessionUser } from '@/lib/auth/permissions';
import type { Db } from '@/lib/db/client';
import { findEnabledUser } from '@/lib/users/queries';

// Who is on the other end of a collaboration connection, and what they may do there.
// The same session cookie the studio uses, checked with the same `can` as every action.

const sessionCookieNames = ['__Secure-next-auth.session-token', 'next-auth.session-token'];

/** The session token from a Cookie header; next-auth splits large tokens into `.0`, `.1`, … chunks. */
function sessionToken(cookieHeader: string | null): string | null {
  if (!cookieHeader) return null;
  const cookies = parse(cookieHeader);
  for (const name of sessionCookieNames) {
    const whole = cookies[name];
    if (whole) return whole;
    const chunks: string[] = [];
    for (let index = 0; cookies[`${name}.${index}`]; index++) chunks.push(cookies[`${name}.${index}`] ?? '');
    if (chunks.length) return chunks.join('');
  }
  return null;
}

/** The enabled user a Cookie header's session belongs to, or null (no, expired, forged or foreign session). */
export async function userFromCookies(db: Db, cookieHeader: string | null, secret: string): Promise<SessionUser | null> {
  const token = sessionToken(cookieHeader);
  if (!token) return null;
  const payload = await decode({ token, secret }).catch(() => null);
  const id = Number(payload?.sub);
  if (!Number.isInteger(id) || id <= 0) return null;
  return findEnabledUser(db, id);
}

export type LiveAccess = 'write' | 'read' | null;

/**
 * What a user may do in an episode's live document: write where they may edit the recap
 * (guests not once it is published), read where they may only see it, nothing otherwise.
 */
export async function liveAccess(db: Db, user: SessionUser | null, episodeId: number): Promise<LiveAccess> {
  if (!(await can(db, user, 'recap.read', { episodeId }))) return null;
  const recap = await db.recap.findUnique({ where: { episodeId }, select: { status: true } });
  return (await can(db, user, 'recap.edit', { episodeId, recapStatus: recap?.status })) ? 'write' : 'read';
}
