import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRateLimitPool, createRateLimits, RateLimitedError, rules } from '@/lib/auth/rate-limit';
import { createFirstHostWithToken, issueSetupToken, setupTokenState } from '@/lib/users/first-host';
import { generateToken, hashToken } from '@/lib/auth/tokens';
import { acceptInvitation } from '@/lib/invitations/accept';
import { freshDatabase, type TestDatabase } from '../../helpers/database';

let database: TestDatabase;
let pool: pg.Pool;

beforeAll(async () => {
  database = await freshDatabase();
  pool = createRateLimitPool(database.url);
});

afterAll(async () => {
  await pool?.end();
  await database?.cleanup();
});

describe('setup token', () => {
  it('works once, only while no host exists, and only the newest one', async () => {
    const older = await issueSetupToken(database.db);
    const token = await issueSetupToken(database.db);
    if (!older || !token) throw new Error('Token erwartet');
    expect(await setupTokenState(database.db, older)).toBe('invalid');
    expect(await setupTokenState(database.db, generateToken())).toBe('invalid');

    const first = await createFirstHostWithToken(database.db, { token, name: 'Chris', email: 'chris@example.org', password: 'ein-langes-passwort', ip: 'test' });
    expect(first).toEqual({ ok: true });
    const second = await createFirstHostWithToken(database.db, { token, name: 'Eve', email: 'eve@example.org', password: 'ein-langes-passwort', ip: 'test' });
    expect(second).toEqual({ ok: false, error: 'Rewatch ist schon eingerichtet. Bitte melde dich an.' });
    expect(await database.db.user.count()).toBe(1);
    expect(await issueSetupToken(database.db)).toBeNull();
  });

  it('expires', async () => {
    const other = await freshDatabase();
    try {
      const token = await issueSetupToken(other.db, new Date(Date.now() - 2 * 60 * 60 * 1000));
      if (!token) throw new Error('Token erwartet');
      expect(await setupTokenState(other.db, token)).toBe('expired');
    } finally {
      await other.cleanup();
    }
  });
});

describe('invitation', () => {
  it('is single-use, expires, can be revoked, and a refusal keeps nothing', async () => {
    const show = await database.db.show.create({ data: { slug: 'satc', title: 'SATC' } });
    const season = await database.db.season.create({ data: { showId: show.id, number: 1 } });
    const episode = await database.db.episode.create({ data: { showId: show.id, seasonId: season.id, number: 1, title: 'Pilot', slug: 's01e01-pilot' } });
    const invite = async (expiresAt: Date) => {
      const token = generateToken();
      await database.db.invitation.create({
        data: { email: `g${Math.random()}@example.org`, tokenHash: hashToken(token), expiresAt, episodes: { create: [{ episodeId: episode.id }] } },
      });
      return token;
    };
    const newGuest = { kind: 'new-user' as const, name: 'Gast', password: 'ein-langes-passwort' };

    const token = await invite(new Date(Date.now() + 60_000));
    expect(await acceptInvitation(database.db, token, newGuest, 'test')).toMatchObject({ ok: true });
    const usersAfterFirst = await database.db.user.count();
    expect(await acceptInvitation(database.db, token, newGuest, 'test')).toMatchObject({ ok: false, error: expect.stringContaining('schon angenommen') });

    const expired = await invite(new Date(Date.now() - 1));
    expect(await acceptInvitation(database.db, expired, newGuest, 'test')).toMatchObject({ ok: false, error: expect.stringContaining('abgelaufen') });

    const revoked = await invite(new Date(Date.now() + 60_000));
    await database.db.invitation.update({ where: { tokenHash: hashToken(revoked) }, data: { revokedAt: new Date() } });
    expect(await acceptInvitation(database.db, revoked, newGuest, 'test')).toMatchObject({ ok: false, error: expect.stringContaining('zurückgezogen') });

    expect(await acceptInvitation(database.db, generateToken(), newGuest, 'test')).toMatchObject({ ok: false });
    expect(await database.db.user.count()).toBe(usersAfterFirst);
  });
});

describe('rate limits', () => {
  it('refuse after the allowed failures within the window, per key, and forget on reset', async () => {
    const limits = createRateLimits(pool);
    const account: [keyof typeof rules, string][] = [['signInAccount', 'chris@example.org']];
    for (let attempt = 0; attempt < rules.signInAccount.points; attempt++) {
      await limits.check(account);
      await limits.fail(account);
    }
    await expect(limits.check(account)).rejects.toBeInstanceOf(RateLimitedError);
    await expect(limits.check(account)).rejects.toThrow(/Zu viele Versuche\. Bitte warte 15 Minuten/);
    // Another account from the same place is not affected.
    await limits.check([['signInAccount', 'nils@example.org']]);
    await limits.reset('signInAccount', 'chris@example.org');
    await limits.check(account);
  });

  it('count in the database, so a second app instance sees the same failures', async () => {
    const instanceA = createRateLimits(pool);
    const otherPool = createRateLimitPool(database.url);
    try {
      const instanceB = createRateLimits(otherPool);
      const ip: [keyof typeof rules, string][] = [['signInIp', '203.0.113.7']];
      for (let attempt = 0; attempt < rules.signInIp.points; attempt++) await instanceA.fail(ip);
      await expect(instanceB.check(ip)).rejects.toBeInstanceOf(RateLimitedError);
      expect(await database.db.rateLimit.count({ where: { key: { startsWith: 'signin_ip' } } })).toBe(1);
    } finally {
      await otherPool.end();
    }
  });

  it('end with their window', async () => {
    const limits = createRateLimits(pool);
    const key: [keyof typeof rules, string][] = [['setupIp', '198.51.100.1']];
    for (let attempt = 0; attempt < rules.setupIp.points; attempt++) await limits.fail(key);
    await expect(limits.check(key)).rejects.toBeInstanceOf(RateLimitedError);
    // Move the stored expiry into the past, as if the 15 minutes had gone by.
    await database.db.rateLimit.updateMany({ where: { key: { contains: '198.51.100.1' } }, data: { expire: BigInt(Date.now() - 1) } });
    await limits.check(key);
  });
});
