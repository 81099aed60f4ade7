import { z } from 'zod';

// What the collaboration server tells one editor beside the document itself
// (Hocuspocus "stateless" messages): their current right, that it was taken away,
// that the latest text was refused by the server's validation, or how far it is stored.
const liveMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('access'), mode: z.enum(['write', 'read']) }),
  z.object({ type: z.literal('revoked') }),
  z.object({ type: z.literal('refused'), message: z.string().max(500) }),
  /** Stored in the database up to this Yjs state vector (base64). */
  z.object({ type: z.literal('stored'), vector: z.string().max(100_000) }),
]);

export type LiveMessage = z.infer<typeof liveMessage>;

export function encodeLiveMessage(message: LiveMessage): string {
  return JSON.stringify(message);
}

/** The message, or null for anything this version does not know. */
export function decodeLiveMessage(payload: string): LiveMessage | null {
  try {
    const parsed = liveMessage.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
