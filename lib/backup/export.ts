import type { Db } from '@/lib/db/client';
import { archiveFormat, archiveVersion, type RewatchArchive } from './schema';

const iso = (date: Date): string => date.toISOString();
const isoOrNull = (date: Date | null): string | null => (date ? date.toISOString() : null);
/** `@db.Date` columns come back as midnight UTC; the archive keeps only the calendar day. */
const dayOrNull = (date: Date | null): string | null => (date ? date.toISOString().slice(0, 10) : null);

/**
 * The whole archive as one JSON-ready object (see lib/backup/schema.ts and docs/backup.md).
 * Rows are ordered by id (or key), so two exports of the same data are identical except
 * for `exportedAt`. Read in one repeatable-read transaction: a save during the export
 * cannot leave a revision without its recap.
 */
export async function exportArchive(db: Db, now = new Date()): Promise<RewatchArchive> {
  return db.$transaction(
    async (tx) => {
      // One after the other: an interactive transaction has one connection, and pg warns
      // about (and will stop allowing) overlapping queries on it.
      const shows = await tx.show.findMany({ orderBy: { id: 'asc' } });
      const seasons = await tx.season.findMany({ orderBy: { id: 'asc' } });
      const episodes = await tx.episode.findMany({ orderBy: { id: 'asc' } });
      const characters = await tx.character.findMany({ orderBy: { id: 'asc' } });
      const storylines = await tx.storyline.findMany({
        orderBy: { id: 'asc' },
        include: { characters: { orderBy: { characterId: 'asc' }, select: { characterId: true } } },
      });
      const recaps = await tx.recap.findMany({
        orderBy: { id: 'asc' },
        include: {
          characters: { orderBy: { characterId: 'asc' } },
          storylines: { orderBy: { storylineId: 'asc' } },
          revisions: { orderBy: { id: 'asc' } },
        },
      });
      // Password hashes never leave the database.
      const users = await tx.user.findMany({ orderBy: { id: 'asc' }, omit: { passwordHash: true } });
      const episodeAccess = await tx.episodeAccess.findMany({ orderBy: [{ userId: 'asc' }, { episodeId: 'asc' }] });
      // Token hashes stay behind too: a restored invitation cannot be accepted (see docs/backup.md).
      const invitations = await tx.invitation.findMany({
        orderBy: { id: 'asc' },
        omit: { tokenHash: true },
        include: { episodes: { orderBy: { episodeId: 'asc' }, select: { episodeId: true } } },
      });
      const auditEvents = await tx.auditEvent.findMany({ orderBy: { id: 'asc' } });
      return {
        format: archiveFormat,
        version: archiveVersion,
        exportedAt: iso(now),
        shows: shows.map((s) => ({ id: s.id, slug: s.slug, title: s.title, network: s.network, createdAt: iso(s.createdAt) })),
        seasons: seasons.map((s) => ({ id: s.id, showId: s.showId, number: s.number })),
        episodes: episodes.map((e) => ({
          id: e.id,
          showId: e.showId,
          seasonId: e.seasonId,
          number: e.number,
          title: e.title,
          slug: e.slug,
          airDate: dayOrNull(e.airDate),
          airDateVerified: e.airDateVerified,
          recordedAt: dayOrNull(e.recordedAt),
          audioUrl: e.audioUrl,
          podcastEpisodeNumber: e.podcastEpisodeNumber,
        })),
        characters: characters.map((c) => ({
          id: c.id,
          showId: c.showId,
          name: c.name,
          shortName: c.shortName,
          slug: c.slug,
          aliases: c.aliases,
          description: c.description,
          kind: c.kind,
        })),
        storylines: storylines.map((s) => ({
          id: s.id,
          showId: s.showId,
          title: s.title,
          slug: s.slug,
          description: s.description,
          characterIds: s.characters.map((c) => c.characterId),
        })),
        recaps: recaps.map((r) => ({
          id: r.id,
          episodeId: r.episodeId,
          status: r.status,
          body: r.body,
          plainText: r.plainText,
          excerpt: r.excerpt,
          version: r.version,
          publishedAt: isoOrNull(r.publishedAt),
          importHash: r.importHash,
          importNote: r.importNote,
          createdAt: iso(r.createdAt),
          updatedAt: iso(r.updatedAt),
          updatedById: r.updatedById,
          characters: r.characters.map((t) => ({ id: t.characterId, source: t.source, createdAt: iso(t.createdAt) })),
          storylines: r.storylines.map((t) => ({ id: t.storylineId, source: t.source, createdAt: iso(t.createdAt) })),
          revisions: r.revisions.map((v) => ({
            id: v.id,
            version: v.version,
            status: v.status,
            body: v.body,
            plainText: v.plainText,
            author: v.author,
            authorId: v.authorId,
            createdAt: iso(v.createdAt),
          })),
        })),
        users: users.map((u) => ({
          id: u.id,
          email: u.email,
          name: u.name,
          role: u.role,
          disabledAt: isoOrNull(u.disabledAt),
          lastSignInAt: isoOrNull(u.lastSignInAt),
          createdAt: iso(u.createdAt),
        })),
        episodeAccess: episodeAccess.map((a) => ({ userId: a.userId, episodeId: a.episodeId, grantedById: a.grantedById, createdAt: iso(a.createdAt) })),
        invitations: invitations.map((i) => ({
          id: i.id,
          email: i.email,
          expiresAt: iso(i.expiresAt),
          createdAt: iso(i.createdAt),
          createdById: i.createdById,
          acceptedAt: isoOrNull(i.acceptedAt),
          acceptedById: i.acceptedById,
          revokedAt: isoOrNull(i.revokedAt),
          episodeIds: i.episodes.map((e) => e.episodeId),
        })),
        auditEvents: auditEvents.map((a) => ({
          id: a.id,
          actorId: a.actorId,
          actorLabel: a.actorLabel,
          action: a.action,
          targetType: a.targetType,
          targetId: a.targetId,
          details: a.details,
          ip: a.ip,
          createdAt: iso(a.createdAt),
        })),
      };
    },
    { isolationLevel: 'RepeatableRead', timeout: 120_000, maxWait: 10_000 },
  );
}
