import * as Y from 'yjs';

/**
 * Whether everything `doc` has written is contained in the stored state vector: then the
 * person's own changes are in the database. (Deleting alone does not advance a state
 * vector; the next typed character does, and the status catches up.)
 */
export function isCoveredBy(doc: Y.Doc, storedVectorBase64: string | null): boolean {
  const local = Y.decodeStateVector(Y.encodeStateVector(doc));
  if (local.size === 0) return true;
  if (!storedVectorBase64) return false;
  const binary = atob(storedVectorBase64);
  const stored = Y.decodeStateVector(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  return [...local].every(([client, clock]) => (stored.get(client) ?? 0) >= clock);
}
