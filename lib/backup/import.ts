import { randomBytes } from 'node:crypto';
import { de } from 'zod/locales';
import { hashToken } from '@/lib/auth/tokens';
import type { Db } from '@/lib/db/client';
import type { Tx } from '@/lib/db/types';
import { Prisma } from '@/lib/generated/prisma/client';
import { validateDocument } from '@/lib/recaps/document/validate';
import { archiveFormat, type RewatchArchive, rewatchArchive } from './schema';

/** A restore that was refused; the message is for the person running the command (German). */
export class ArchiveRestoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArchiveRestoreError';
  }
}

/**
 * Stored instead of a password hash for restored accounts. It is not an Argon2 hash, so
 * verification always fails: nobody can sign in until `npm run user:password` sets a new
 * password (the export deliberately holds no hashes; see docs/backup.md).
 */
export const restoredPasswordPlaceholder = '!restored-without-password';

/** True when the parsed JSON says it is a Rewatch archive (the import command dispatches on this). */
export function isArchiveJson(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) && (raw as { format?: unknown }).format === archiveFormat;
}

/** Checks an archive's shape and every stored document; throws ArchiveRestoreError naming the first problem. */
export function parseArchive(raw: unknown, file: string): RewatchArchive {
  const result = rewatchArchive.safeParse(raw, { error: de().localeError });
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? ` (bei ${issue.path.join('.')})` : '';
    throw new ArchiveRestoreError(`${file}: kein gültiges Rewatch-Archiv${where}: ${issue?.message ?? 'ungültig'}`);
  }
  // A forged archive must not bring in what the studio would refuse (script links, unknown nodes).
  for (const recap of result.data.recaps) {
    for (const [what, body] of [['Recap', recap.body], ...recap.revisions.map((r) => [`Version ${r.id}`, r.body] as const)] as const) {
      const checked = validateDocument(body);
      if (!checked.ok) throw new ArchiveRestoreError(`${file}: Recap ${recap.id}, ${what}: ${checked.error}`);
    }
  }
  return result.data;
}

const json = (value: unknown): Prisma.InputJsonValue => value as Prisma.InputJsonValue;
const date = (value: string): Date => new Date(value);
const dateOrNull = (value: string | null): Date | null => (value === null ? null : new Date(value));
const dayOrNull = (value: string | null): Date | null => (value === null ? null : new Date(`${value}T00:00:00Z`));

// Tables with an id sequence; after inserting explicit ids the sequences must move past them.
const sequencedTables = ['Show', 'Season', 'Episode', 'Character', 'Storyline', 'Recap', 'RecapRevision', 'User', 'Invitation', 'AuditEvent'] as const;

async function assertEmpty(tx: Tx): Promise<void> {
  const counts = [
    await tx.show.count(),
    await tx.episode.count(),
    await tx.character.count(),
    await tx.storyline.count(),
    await tx.recap.count(),
    await tx.user.count(),
    await tx.invitation.count(),
    await tx.auditEvent.count(),
  ];
  if (counts.some((count) => count > 0)) {
    throw new ArchiveRestoreError(
      'Die Datenbank ist nicht leer. Ein Archiv wird nur in eine leere Datenbank zurückgespielt, damit nichts überschrieben oder vermischt wird: ' +
        'nimm einen neuen Datenordner (REWATCH_DATA_DIR) oder eine neue Datenbank (DATABASE_URL).',
    );
  }
}

async function writeArchive(tx: Tx, archive: RewatchArchive): Promise<void> {
  await tx.show.createMany({ data: archive.shows.map((s) => ({ ...s, createdAt: date(s.createdAt) })) });
  await tx.season.createMany({ data: archive.seasons });
  await tx.episode.createMany({
    data: archive.episodes.map((e) => ({ ...e, airDate: dayOrNull(e.airDate), recordedAt: dayOrNull(e.recordedAt) })),
  });
  await tx.character.createMany({ data: archive.characters });
  await tx.storyline.createMany({ data: archive.storylines.map((s) => ({ id: s.id, showId: s.showId, title: s.title, slug: s.slug, description: s.description })) });
  await tx.storylineCharacter.createMany({
    data: archive.storylines.flatMap((s) => s.characterIds.map((characterId) => ({ storylineId: s.id, characterId }))),
  });
  await tx.user.createMany({
    data: archive.users.map((u) => ({
      ...u,
      passwordHash: restoredPasswordPlaceholder,
      disabledAt: dateOrNull(u.disabledAt),
      lastSignInAt: dateOrNull(u.lastSignInAt),
      createdAt: date(u.createdAt),
    })),
  });
  await tx.recap.createMany({
    data: archive.recaps.map((r) => ({
      id: r.id,
      episodeId: r.episodeId,
      status: r.status,
      body: json(r.body),
      plainText: r.plainText,
      excerpt: r.excerpt,
      version: r.version,
      importHash: r.importHash,
      importNote: r.importNote,
      updatedById: r.updatedById,
      publishedAt: dateOrNull(r.publishedAt),
      createdAt: date(r.createdAt),
      updatedAt: date(r.updatedAt),
    })),
  });
  await tx.recapRevision.createMany({
    data: archive.recaps.flatMap((r) => r.revisions.map((v) => ({ ...v, recapId: r.id, body: json(v.body), createdAt: date(v.createdAt) }))),
  });
  await tx.recapCharacter.createMany({
    data: archive.recaps.flatMap((r) => r.characters.map((t) => ({ recapId: r.id, characterId: t.id, source: t.source, createdAt: date(t.createdAt) }))),
  });
  await tx.recapStoryline.createMany({
    data: archive.recaps.flatMap((r) => r.storylines.map((t) => ({ recapId: r.id, storylineId: t.id, source: t.source, createdAt: date(t.createdAt) }))),
  });
  await tx.episodeAccess.createMany({ data: archive.episodeAccess.map((a) => ({ ...a, createdAt: date(a.createdAt) })) });
  await tx.invitation.createMany({
    data: archive.invitations.map((i) => ({
      id: i.id,
      email: i.email,
      createdById: i.createdById,
      acceptedById: i.acceptedById,
      // The real token is gone with its hash; a fresh random hash keeps the column unique and the link dead.
      tokenHash: hashToken(randomBytes(32).toString('base64url')),
      expiresAt: date(i.expiresAt),
      createdAt: date(i.createdAt),
      acceptedAt: dateOrNull(i.acceptedAt),
      revokedAt: dateOrNull(i.revokedAt),
    })),
  });
  await tx.invitationEpisode.createMany({
    data: archive.invitations.flatMap((i) => i.episodeIds.map((episodeId) => ({ invitationId: i.id, episodeId }))),
  });
  await tx.auditEvent.createMany({
    data: archive.auditEvents.map((a) => ({ ...a, details: a.details === null ? Prisma.DbNull : json(a.details), createdAt: date(a.createdAt) })),
  });
  for (const table of sequencedTables) {
    // Table names come from the constant list above, never from the archive.
    await tx.$executeRawUnsafe(
      `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), coalesce(max("id"), 1), max("id") IS NOT NULL) FROM "${table}"`,
    );
  }
}

export type RestoreReport = { recaps: number; revisions: number; users: number; episodes: number; auditEvents: number };

/**
 * Restores an archive into an empty database in one transaction: either everything is
 * there afterwards, ids included, or nothing is. A reference that does not hold (a tag
 * of a character the archive does not contain, …) rolls it all back with a German message.
 */
export async function restoreArchive(db: Db, archive: RewatchArchive): Promise<RestoreReport> {
  try {
    await db.$transaction(
      async (tx) => {
        await assertEmpty(tx);
        await writeArchive(tx, archive);
      },
      { timeout: 300_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && ['P2002', 'P2003', 'P2014'].includes(error.code)) {
      const what = error.code === 'P2002' ? 'ein Wert kommt doppelt vor' : 'ein Verweis zeigt auf einen Eintrag, den es im Archiv nicht gibt';
      throw new ArchiveRestoreError(`Das Archiv ist in sich nicht stimmig (${what}); es wurde nichts gespeichert.`);
    }
    throw error;
  }
  return {
    recaps: archive.recaps.length,
    revisions: archive.recaps.reduce((sum, r) => sum + r.revisions.length, 0),
    users: archive.users.length,
    episodes: archive.episodes.length,
    auditEvents: archive.auditEvents.length,
  };
}

/** The restore report as German text for the terminal. */
export function formatRestoreReport(report: RestoreReport): string {
  return [
    'Archiv zurückgespielt.',
    `  ${report.episodes} Episoden, ${report.recaps} Recaps mit ${report.revisions} Versionen, ${report.auditEvents} Protokolleinträge.`,
    `  ${report.users} Zugänge – ohne Passwörter: jede Person braucht ein neues (npm run user:password -- --email <adresse>).`,
    '  Offene Einladungen funktionieren nicht mehr (ihre Links sind nicht im Archiv): bei Bedarf neu einladen.',
  ].join('\n');
}
