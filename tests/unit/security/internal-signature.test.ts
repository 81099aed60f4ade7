import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signInternal, verifyInternal } from '@/lib/security/internal-signature';

const secret = 'ein-test-geheimnis-mit-mindestens-32-zeichen';
const now = Date.parse('2026-12-01T10:00:00Z');
const body = JSON.stringify({ at: now });

describe('requests between Rewatch processes', () => {
  it('are taken when signed with the shared secret within a minute', () => {
    expect(verifyInternal(body, signInternal(body, secret), secret, now + 30_000)).toEqual({ at: now });
  });

  it('are refused without, with a wrong or foreign signature, when altered, replayed later or malformed', () => {
    const signature = signInternal(body, secret);
    expect(verifyInternal(body, null, secret, now)).toBeNull();
    expect(verifyInternal(body, '', secret, now)).toBeNull();
    expect(verifyInternal(body, signInternal(body, 'ein-anderes-geheimnis-mit-mindestens-32-zeichen'), secret, now)).toBeNull();
    expect(verifyInternal(body, `${signature.slice(0, -1)}A`, secret, now)).toBeNull();
    expect(verifyInternal(JSON.stringify({ at: now + 1 }), signature, secret, now)).toBeNull();
    expect(verifyInternal(body, signature, secret, now + 61_000)).toBeNull();
    for (const odd of ['nicht json', '[]', 'null', JSON.stringify({ at: String(now) })]) {
      expect(verifyInternal(odd, signInternal(odd, secret), secret, now)).toBeNull();
    }
  });

  it('are not signed with the secret itself, so the signature is of no use to anything else signed with it', () => {
    expect(signInternal(body, secret)).not.toBe(createHmac('sha256', secret).update(body).digest('base64url'));
  });
});
