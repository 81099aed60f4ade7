import { z } from 'zod';

const id = z.coerce.number().int().positive();

/** An autosave: the document and the version it was based on (0 for a new recap). */
export const saveRecapDraft = z.object({
  episodeId: id,
  baseVersion: z.number().int().min(0),
  // The document itself is checked against the editor schema by validateDocument.
  body: z.unknown(),
});

export const episodeRef = z.object({ episodeId: id });

export const publishRecap = z.object({
  episodeId: id,
  /** A future time schedules the publication; without it, the recap is public at once. */
  publishAt: z.coerce.date().optional(),
});

export type SaveRecapDraftInput = z.input<typeof saveRecapDraft>;

export const restoreRevision = z.object({ episodeId: id, revisionId: id });
