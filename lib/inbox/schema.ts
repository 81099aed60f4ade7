import { z } from 'zod';

const id = z.coerce.number().int().positive();

export const assignInboxRecap = z.object({
  recapId: id,
  episodeId: z.coerce.number({ message: 'Bitte wähle eine Folge.' }).int().positive('Bitte wähle eine Folge.'),
});
export const inboxRecapRef = z.object({ recapId: id });

export type AssignInboxRecapInput = z.input<typeof assignInboxRecap>;
