import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { generateToken, hashToken, isExpired, isWellFormedToken, tokenMatches } from '@/lib/auth/tokens';

describe('tokens', () => {
  it('are random, URL-safe, 256 bit, and only their SHA-256 is stored', () => {
    const a = generateToken();
    const b = generateToken();
    expect(a).not.toBe(b);
    expect(isWellFormedToken(a)).toBe(true);
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(a)).not.toContain(a);
    expect(tokenMatches(a, hashToken(a))).toBe(true);
    expect(tokenMatches(b, hashToken(a))).toBe(false);
  });

  it('reject malformed tokens before any lookup', () => {
    for (const forged of ['', 'abc', `${generateToken()}x`, '../../etc/passwd', "' OR 1=1 --", 'ä'.repeat(43)]) {
      expect(isWellFormedToken(forged), forged).toBe(false);
    }
  });

  it('expire at their expiry time', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    expect(isExpired(new Date('2026-11-25T12:00:01Z'), now)).toBe(false);
    expect(isExpired(new Date('2026-11-25T12:00:00Z'), now)).toBe(true);
  });
});

describe('passwords', () => {
  it('are hashed with Argon2id at OWASP parameters and verified', async () => {
    const hash = await hashPassword('cosmopolitan-1998');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'cosmopolitan-1998')).toBe(true);
    expect(await verifyPassword(hash, 'cosmopolitan-1999')).toBe(false);
    expect(await verifyPassword(null, 'irgendwas')).toBe(false);
  });
});
