import { z } from 'zod';

const id = z.coerce.number().int().positive();

const storylineFields = {
  title: z.string().trim().min(1, 'Bitte gib einen Titel ein.').max(120, 'Der Titel darf höchstens 120 Zeichen haben.'),
  description: z.string().trim().max(2000, 'Die Beschreibung darf höchstens 2000 Zeichen haben.'),
  characterIds: z.array(id).max(50, 'Höchstens 50 Figuren.'),
};

export const createStoryline = z.object(storylineFields);
export const updateStoryline = z.object({ storylineId: id, ...storylineFields });

export type CreateStorylineInput = z.input<typeof createStoryline>;
export type StorylineFormValues = z.output<typeof createStoryline>;
