import { z } from 'zod';
import { email } from '@/lib/auth/schema';

const id = z.coerce.number().int().positive();

export const createInvitation = z.object({
  email,
  episodeIds: z.array(id).min(1, 'Bitte wähle mindestens eine Folge.').max(200),
});

export const invitationRef = z.object({ invitationId: id });

export type CreateInvitationInput = z.input<typeof createInvitation>;
