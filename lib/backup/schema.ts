import { z } from 'zod';
import { maxSlugLength, slugPattern } from '@/lib/text/slug';

// The archive format of `npm run export` (documented in docs/backup.md). Every row keeps
// its database id, so references (recap → episode, revision → author, …) hold after a
// restore. Dates are ISO strings; calendar dates (air date) are YYYY-MM-DD. Nothing
// secret is in it: no password hashes, no invitation or setup token hashes, no rate limits.

export const archiveFormat = 'rewatch-archive';
export const archiveVersion = 1;

const id = z.number().int().positive().max(2_147_483_647);
const timestamp = z.iso.datetime({ offset: true });
const day = z.iso.date();
const text = (max: number) => z.string().max(max);
// Slugs end up in URLs and Markdown file names: only ours (a-z, 0-9, single hyphens), never "../".
const slug = z.string().max(maxSlugLength).regex(slugPattern, 'ist kein gültiger Slug (nur a–z, 0–9 und Bindestriche)');
const recapStatus = z.enum(['DRAFT', 'IN_REVIEW', 'PUBLISHED']);
const tagSource = z.enum(['MANUAL', 'SUGGESTED']);
/** Any JSON value; recap bodies are checked separately against the editor schema. */
const json: z.ZodType<unknown> = z.json();

const show = z.strictObject({ id, slug, title: text(200), network: text(200).nullable(), createdAt: timestamp });
const season = z.strictObject({ id, showId: id, number: z.number().int().min(1).max(99) });
const episode = z.strictObject({
  id,
  showId: id,
  seasonId: id,
  number: z.number().int().min(1).max(999),
  title: text(300),
  slug,
  airDate: day.nullable(),
  airDateVerified: z.boolean(),
  recordedAt: day.nullable(),
  audioUrl: text(2000).nullable(),
  podcastEpisodeNumber: z.number().int().nullable(),
});
const character = z.strictObject({
  id,
  showId: id,
  name: text(200),
  shortName: text(100),
  slug,
  aliases: z.array(text(100)).max(100),
  description: text(5000).nullable(),
  kind: z.enum(['MAIN', 'RECURRING', 'GUEST']),
});
const storyline = z.strictObject({
  id,
  showId: id,
  title: text(200),
  slug,
  description: text(5000).nullable(),
  characterIds: z.array(id).max(500),
});
const tag = z.strictObject({ id, source: tagSource, createdAt: timestamp });
const revision = z.strictObject({
  id,
  version: z.number().int().min(0),
  status: recapStatus,
  body: json,
  plainText: text(200_000),
  author: text(300),
  authorId: id.nullable(),
  createdAt: timestamp,
});
const recap = z.strictObject({
  id,
  episodeId: id.nullable(),
  status: recapStatus,
  body: json,
  plainText: text(200_000),
  excerpt: text(2000),
  version: z.number().int().min(0),
  publishedAt: timestamp.nullable(),
  importHash: text(100).nullable(),
  importNote: text(2000).nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
  updatedById: id.nullable(),
  characters: z.array(tag).max(1000),
  storylines: z.array(tag).max(1000),
  revisions: z.array(revision).max(100_000),
});
const user = z.strictObject({
  id,
  email: text(254),
  name: text(200),
  role: z.enum(['HOST', 'GUEST']),
  disabledAt: timestamp.nullable(),
  lastSignInAt: timestamp.nullable(),
  createdAt: timestamp,
});
const access = z.strictObject({ userId: id, episodeId: id, grantedById: id.nullable(), createdAt: timestamp });
const invitation = z.strictObject({
  id,
  email: text(254),
  expiresAt: timestamp,
  createdAt: timestamp,
  createdById: id.nullable(),
  acceptedAt: timestamp.nullable(),
  acceptedById: id.nullable(),
  revokedAt: timestamp.nullable(),
  episodeIds: z.array(id).max(1000),
});
const auditEvent = z.strictObject({
  id,
  actorId: id.nullable(),
  actorLabel: text(300),
  action: text(100),
  targetType: text(100).nullable(),
  targetId: text(100).nullable(),
  details: json.nullable(),
  ip: text(100).nullable(),
  createdAt: timestamp,
});

export const rewatchArchive = z.strictObject({
  format: z.literal(archiveFormat),
  version: z.literal(archiveVersion, `Diese Version des Archivformats kennt Rewatch nicht (erwartet: ${archiveVersion}).`),
  exportedAt: timestamp,
  shows: z.array(show),
  seasons: z.array(season),
  episodes: z.array(episode),
  characters: z.array(character),
  storylines: z.array(storyline),
  recaps: z.array(recap),
  users: z.array(user),
  episodeAccess: z.array(access),
  invitations: z.array(invitation),
  auditEvents: z.array(auditEvent),
});

export type RewatchArchive = z.infer<typeof rewatchArchive>;
export type ArchiveRecap = RewatchArchive['recaps'][number];
