import type { Tx } from '@/lib/db/types';
import type { RecapStatus, Role } from '@/lib/generated/prisma/client';

/** The signed-in person as the rest of the app sees them (loaded fresh on every request). */
export type SessionUser = { id: number; email: string; name: string; role: Role };

// Actions on one episode's recap that a guest may do for the episodes they were invited to.
const guestEpisodeActions = ['recap.read', 'recap.edit', 'recap.submit'] as const;
// Everything else is for hosts only.
type HostOnlyAction =
  | 'recap.publish'
  | 'recap.unpublish'
  | 'recap.assign'
  | 'recap.tags.review'
  | 'episode.slug.change'
  | 'catalog.manage'
  | 'people.manage'
  | 'audit.read';

export type EpisodeAction = (typeof guestEpisodeActions)[number];
export type Action = EpisodeAction | HostOnlyAction | 'studio.enter';

/** What a rule needs to know about the record itself; absent means "no recap yet". */
export type RecordState = { recapStatus?: RecapStatus | null };
export type Target = ({ episodeId: number | null } & RecordState) | undefined;

/** Shown instead of the generic refusal where a guest's save meets a recap published meanwhile. */
export const publishedRecapRefusal = 'Dieses Recap ist veröffentlicht; ändern können es nur Chris und Nils.';

/**
 * The synchronous part of `can`: the person's role and the record's state, without the
 * guest's invitations (those need the database). The studio's controls ask this to show
 * or hide a button; it never allows what `can` refuses.
 */
export function allows(user: Pick<SessionUser, 'role'> | null, action: Action, state: RecordState = {}): boolean {
  if (!user) return false;
  if (user.role === 'HOST' || action === 'studio.enter') return true;
  if (!(guestEpisodeActions as readonly string[]).includes(action)) return false;
  // A published recap speaks for the podcast; guests write before that, not after.
  return !(action === 'recap.edit' && state.recapStatus === 'PUBLISHED');
}

/**
 * The one answer to "may this user do this (to this episode, in this state)?". Every
 * server action, route handler and studio page asks it before touching data.
 * Listeners (no user) may do nothing here: public pages show published content only.
 */
export async function can(db: Tx, user: SessionUser | null, action: Action, target?: Target): Promise<boolean> {
  if (!user || !allows(user, action, target)) return false;
  if (user.role === 'HOST' || action === 'studio.enter') return true;
  // Recaps without an episode (the import inbox) belong to the hosts.
  if (!target?.episodeId) return false;
  const access = await db.episodeAccess.findUnique({
    where: { userId_episodeId: { userId: user.id, episodeId: target.episodeId } },
    select: { userId: true },
  });
  return access !== null;
}

/** Episode ids a user may see in the studio: all for hosts, the invited ones for guests. */
export async function accessibleEpisodeIds(db: Tx, user: SessionUser): Promise<number[] | 'all'> {
  if (user.role === 'HOST') return 'all';
  const rows = await db.episodeAccess.findMany({ where: { userId: user.id }, select: { episodeId: true } });
  return rows.map((row) => row.episodeId);
}

export class ForbiddenError extends Error {
  constructor(message = 'Dafür fehlt dir die Berechtigung.') {
    super(message);
    this.name = 'ForbiddenError';
  }
}
