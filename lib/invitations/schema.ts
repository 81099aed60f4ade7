import { z } from 'zod';
import { email, newPassword, passwordsMatch, personName } from '@/lib/auth/schema';

const id = z.coerce.number().int().positive();

export const createInvitation = z.object({
  email,
  episodeIds: z.array(id).min(1, 'Bitte wähle mindestens eine Folge.').max(200),
});

export const invitationRef = z.object({ invitationId: id });

export type CreateInvitationInput = z.input<typeof createInvitation>;

/** A guest without an account accepting an invitation; the address is the invitation's. */
export const acceptInvitationAsNewUser = z
  .object({ token: z.string().max(100), name: personName, password: newPassword, passwordConfirm: z.string() })
  .refine(passwordsMatch.check, passwordsMatch.params);

export type AcceptInvitationAsNewUserInput = z.input<typeof acceptInvitationAsNewUser>;
