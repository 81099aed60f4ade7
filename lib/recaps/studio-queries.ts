import type { SessionUser } from '@/lib/auth/permissions';
import { accessibleEpisodeIds } from '@/lib/auth/permissions';
import { db } from '@/lib/db/client';

export type StudioStatus = 'none' | 'draft' | 'review' | 'published' | 'scheduled';

export function studioStatus(recap: { status: string; publishedAt: Date | null } | null, now = new Date()): StudioStatus {
  if (!recap) return 'none';
  if (recap.status === 'IN_REVIEW') return 'review';
  if (recap.status === 'PUBLISHED') return recap.publishedAt && recap.publishedAt > now ? 'scheduled' : 'published';
  return 'draft';
}

/** The dashboard: episodes the user may work on, with their recap's state; optionally filtered. */
export async function listStudioEpisodes(user: SessionUser, filter: { q?: string; status?: StudioStatus }) {
  const ids = await accessibleEpisodeIds(db(), user);
  const episodes = await db().episode.findMany({
    where: {
      ...(ids === 'all' ? {} : { id: { in: ids } }),
      ...(filter.q ? { title: { contains: filter.q, mode: 'insensitive' as const } } : {}),
    },
    orderBy: [{ season: { number: 'asc' } }, { number: 'asc' }],
    select: {
      id: true,
      number: true,
      title: true,
      season: { select: { number: true } },
      recap: { select: { status: true, publishedAt: true, updatedAt: true, updatedBy: { select: { name: true } } } },
    },
  });
  const withStatus = episodes.map((episode) => ({ ...episode, studioStatus: studioStatus(episode.recap) }));
  return filter.status ? withStatus.filter((episode) => episode.studioStatus === filter.status) : withStatus;
}

/** Recaps without an episode: the import inbox (hosts only). */
export async function listInbox() {
  return db().recap.findMany({
    where: { episodeId: null },
    orderBy: { createdAt: 'asc' },
    select: { id: true, excerpt: true, importNote: true, createdAt: true },
  });
}

/** Everything the editor page needs for one episode. */
export async function getStudioEpisode(episodeId: number) {
  const [episode, characters, storylines] = await Promise.all([
    db().episode.findUnique({
      where: { id: episodeId },
      select: {
        id: true,
        slug: true,
        number: true,
        title: true,
        audioUrl: true,
        recordedAt: true,
        podcastEpisodeNumber: true,
        season: { select: { number: true } },
        recap: {
          select: {
            status: true,
            version: true,
            excerpt: true,
            body: true,
            publishedAt: true,
            updatedAt: true,
            updatedBy: { select: { name: true } },
            characters: { select: { source: true, character: { select: { id: true, shortName: true } } } },
            storylines: { select: { source: true, storyline: { select: { id: true, title: true } } } },
          },
        },
      },
    }),
    db().character.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, shortName: true, slug: true, aliases: true } }),
    db().storyline.findMany({ orderBy: { title: 'asc' }, select: { id: true, title: true, slug: true } }),
  ]);
  return episode ? { episode, characters, storylines } : null;
}

/** An episode's recap in any status, shaped like the public episode page. */
export async function getRecapPreview(episodeId: number) {
  return db().episode.findUnique({
    where: { id: episodeId },
    select: {
      number: true,
      title: true,
      airDate: true,
      audioUrl: true,
      season: { select: { number: true } },
      recap: {
        select: {
          status: true,
          publishedAt: true,
          body: true,
          characters: { select: { character: { select: { shortName: true, slug: true } } }, orderBy: { character: { name: 'asc' } } },
          storylines: { select: { storyline: { select: { title: true, slug: true } } }, orderBy: { storyline: { title: 'asc' } } },
        },
      },
    },
  });
}
