import { z } from 'zod';

const id = z.coerce.number().int().positive();

export const episodeAccessChange = z.object({ userId: id, episodeId: id });
export const grantAccess = z.object({ userId: id, episodeIds: z.array(id).min(1, 'Bitte wähle mindestens eine Folge.').max(200) });
export const setUserDisabled = z.object({ userId: id, disabled: z.boolean() });
export const setUserRole = z.object({ userId: id, role: z.enum(['HOST', 'GUEST']) });
