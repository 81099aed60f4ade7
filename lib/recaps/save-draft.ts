import isEqual from 'fast-deep-equal';
import type { RecapStatus } from '@/lib/generated/prisma/client';
import { ActionError } from '@/lib/actions/action-error';
import { allows, publishedRecapRefusal, type SessionUser } from '@/lib/auth/permissions';
import { lockLiveDocument, mergeIntoLiveDocument } from '@/lib/recaps/live/live-lock';
import type { Db } from '@/lib/db/client';
import { saveTransaction } from '@/lib/db/save-transaction';
import type { Tx } from '@/lib/db/types';
import { excerptOf, plainTextOf, type RecapDocument, storedBody } from './document';
import { listingChange, type PublicChange, textChange } from '@/lib/cache/public-change';
import { recordRevision } from './revisions';
import { extractTags, type RecapTags } from './document/tags';

export type SaveOutcome =
  | { status: 'saved'; version: number; savedAt: Date; recapStatus: RecapStatus; /** For the public pages; null when nothing they show changed. */ publicChange: PublicChange | null }
  | {
      status: 'conflict';
      /** The version in the database that the save was not based on. */
      current: { version: number; body: unknown; updatedBy: string | null; updatedAt: Date };
    };

const noTags: RecapTags = { characterIds: [], storylineIds: [] };

/**
 * Tags for the mentions this save adds to the text; tags already there (and suggestions a
 * host confirmed) stay, and a tag a host removed stays removed while the text keeps the
 * mention it came from. A save that adds no mention, as almost every autosave, asks the
 * database nothing here. True when it tagged something, which lists and character pages show.
 */
async function tagMentions(tx: Tx, recapId: number, doc: RecapDocument, before: RecapTags = noTags): Promise<boolean> {
  const mentioned = extractTags(doc);
  const characterIds = mentioned.characterIds.filter((id) => !before.characterIds.includes(id));
  const storylineIds = mentioned.storylineIds.filter((id) => !before.storylineIds.includes(id));
  if (characterIds.length === 0 && storylineIds.length === 0) return false;
  const [characters, storylines] = await Promise.all([
    tx.character.findMany({ where: { id: { in: characterIds } }, select: { id: true } }),
    tx.storyline.findMany({ where: { id: { in: storylineIds } }, select: { id: true } }),
  ]);
  for (const { id } of characters) {
    await tx.recapCharacter.upsert({
      where: { recapId_characterId: { recapId, characterId: id } },
      create: { recapId, characterId: id, source: 'MANUAL' },
      update: { source: 'MANUAL' },
    });
  }
  for (const { id } of storylines) {
    await tx.recapStoryline.upsert({
      where: { recapId_storylineId: { recapId, storylineId: id } },
      create: { recapId, storylineId: id, source: 'MANUAL' },
      update: { source: 'MANUAL' },
    });
  }
  return characters.length + storylines.length > 0;
}

type DraftInput = {
  episodeId: number;
  /** The version the text is based on, or null for the shared live document, whose edits Yjs merges. */
  baseVersion: number | null;
  doc: RecapDocument;
  user: SessionUser;
};

/**
 * Saves a recap body if it is based on the current version. A save based on an
 * older version is refused and its text is kept as a revision, so neither the
 * other person's version nor this one is lost (unless its text is the stored one,
 * which counts as saved). A save into an episode that is also
 * being written live is merged into the shared document (./live/live-lock.ts).
 */
export async function saveDraft(db: Db, input: DraftInput & { baseVersion: number }, now = new Date()): Promise<SaveOutcome> {
  return db.$transaction(async (tx) => {
    await lockLiveDocument(tx, input.episodeId);
    const outcome = await writeDraft(tx, input, now);
    if (outcome.status === 'saved') await mergeIntoLiveDocument(tx, input.episodeId, input.doc, outcome.version);
    return outcome;
  }, saveTransaction);
}

/** The body, plain text, excerpt, revision and mention tags of one save, inside the caller's transaction. */
export async function writeDraft(tx: Tx, input: DraftInput, now = new Date()): Promise<SaveOutcome> {
  const plainText = plainTextOf(input.doc);
  // The excerpt shows up in lists, feeds and meta descriptions: spoilers stay out of it.
  const excerpt = excerptOf(plainTextOf(input.doc, { spoilers: 'hide' }));
  const body = storedBody(input.doc);
  const recap = await tx.recap.findUnique({
    where: { episodeId: input.episodeId },
    select: { id: true, version: true, status: true, body: true, excerpt: true, excerptManual: true, updatedAt: true, updatedById: true },
  });
  // Asked again here, with the status read under the lock: it may have been published since the action's check.
  if (recap && !allows(input.user, 'recap.edit', { recapStatus: recap.status })) throw new ActionError(publishedRecapRefusal);
  if (!recap) {
    if (input.baseVersion !== null && input.baseVersion !== 0) throw new ActionError('Dieses Recap gibt es nicht mehr. Bitte lade die Seite neu.');
    const created = await tx.recap.create({
      data: { episodeId: input.episodeId, body, plainText, excerpt, updatedById: input.user.id },
    });
    await recordRevision(tx, { recapId: created.id, version: 1, status: 'DRAFT', body, plainText, author: input.user }, { now });
    await tagMentions(tx, created.id, input.doc);
    return { status: 'saved' as const, version: created.version, savedAt: created.updatedAt, recapStatus: created.status, publicChange: listingChange };
  }
  const baseVersion = input.baseVersion ?? recap.version;
  const updated = await tx.recap.updateMany({
    where: { id: recap.id, version: baseVersion },
    // A hand-written excerpt (metadata form) is the host's; autosave keeps it.
    data: { body, plainText, ...(recap.excerptManual ? {} : { excerpt }), version: { increment: 1 }, updatedById: input.user.id },
  });
  if (updated.count === 0) {
    // The text is already what is stored (typically the editor's own save whose answer came
    // too late, sent again): nothing would be lost, so it is no conflict and no new revision.
    if (isEqual(recap.body, body)) return { status: 'saved' as const, version: recap.version, savedAt: recap.updatedAt, recapStatus: recap.status, publicChange: null };
    await recordRevision(
      tx,
      { recapId: recap.id, version: recap.version, status: recap.status, body, plainText, author: input.user, authorLabel: `${input.user.name} (Konfliktfassung)` },
      { force: true, now },
    );
    // Asked only here: every save holds the transaction (on PGlite, the whole database) one query longer.
    const updatedBy = recap.updatedById === null ? null : await tx.user.findUnique({ where: { id: recap.updatedById }, select: { name: true } });
    return {
      status: 'conflict' as const,
      current: { version: recap.version, body: recap.body, updatedBy: updatedBy?.name ?? null, updatedAt: recap.updatedAt },
    };
  }
  const version = baseVersion + 1;
  await recordRevision(tx, { recapId: recap.id, version, status: recap.status, body, plainText, author: input.user }, { now });
  const tagsChanged = await tagMentions(tx, recap.id, input.doc, extractTags(recap.body as RecapDocument));
  const excerptChanged = !recap.excerptManual && excerpt !== recap.excerpt;
  return { status: 'saved' as const, version, savedAt: now, recapStatus: recap.status, publicChange: tagsChanged || excerptChanged ? listingChange : textChange(input.episodeId) };
}
