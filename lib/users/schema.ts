import { z } from 'zod';
import { email, newPassword, passwordsMatch, personName } from '@/lib/auth/schema';

const id = z.coerce.number().int().positive();

export const episodeAccessChange = z.object({ userId: id, episodeId: id });
export const grantAccess = z.object({ userId: id, episodeIds: z.array(id).min(1, 'Bitte wähle mindestens eine Folge.').max(200) });
export const setUserDisabled = z.object({ userId: id, disabled: z.boolean() });
export const setUserRole = z.object({ userId: id, role: z.enum(['HOST', 'GUEST']) });

/** The first host's account, created with the one-time setup link. */
export const createFirstHost = z
  .object({ token: z.string().max(100), name: personName, email, password: newPassword, passwordConfirm: z.string() })
  .refine(passwordsMatch.check, passwordsMatch.params);

export type CreateFirstHostInput = z.input<typeof createFirstHost>;
