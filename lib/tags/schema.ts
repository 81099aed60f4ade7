import { z } from 'zod';

const id = z.coerce.number().int().positive();

/** One tag of one episode's recap: a character or a storyline. */
export const tagRef = z.object({
  episodeId: id,
  kind: z.enum(['character', 'storyline']),
  tagId: z.coerce.number({ message: 'Bitte wähle eine Figur oder einen Handlungsstrang.' }).int().positive('Bitte wähle eine Figur oder einen Handlungsstrang.'),
});

export type TagRefInput = z.input<typeof tagRef>;
