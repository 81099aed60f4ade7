import { createHmac, timingSafeEqual } from 'node:crypto';

// Requests between Rewatch's own processes (the collaboration server telling the app that a
// public recap changed) carry an HMAC of their body with the shared NEXTAUTH_SECRET and a
// timestamp inside it, so nobody without the secret can send one and an old one cannot be
// replayed later. A separate key is derived from the secret, so such a signature can never
// double as anything next-auth signs with it.

const maxAgeMs = 60_000;

const key = (secret: string) => createHmac('sha256', secret).update('rewatch-internal-request').digest();

export function signInternal(body: string, secret: string): string {
  return createHmac('sha256', key(secret)).update(body).digest('base64url');
}

/** The body's payload if the signature is right and its `at` is within a minute of now, else null. */
export function verifyInternal(body: string, signature: string | null, secret: string, now = Date.now()): Record<string, unknown> | null {
  if (!signature) return null;
  const expected = Buffer.from(signInternal(body, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let payload: unknown;
  try {
    payload = JSON.parse(body);
  } catch {
    return null;
  }
  if (!payload || typeof payload !== 'object') return null;
  const at = (payload as { at?: unknown }).at;
  if (typeof at !== 'number' || Math.abs(now - at) > maxAgeMs) return null;
  return payload as Record<string, unknown>;
}
