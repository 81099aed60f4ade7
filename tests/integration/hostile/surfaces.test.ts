import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecapBody } from '@/components/recap/recap-body';
import { acceptInvitationAction } from '@/lib/invitations/actions';
import { setupFirstHost } from '@/lib/users/actions';
import { createRateLimitPool, createRateLimits } from '@/lib/auth/rate-limit';
import { runAs } from '@/lib/auth/session';
import { issueSetupToken } from '@/lib/users/first-host';
import { createCharacter, updateCharacter } from '@/lib/characters/actions';
import { useDb } from '@/lib/db/client';
import { createInvitation, revokeInvitation } from '@/lib/invitations/actions';
import { publishRecap, restoreRecapRevision, saveRecapDraft, submitRecapForReview } from '@/lib/recaps/actions';
import { searchRecaps } from '@/lib/search/queries';
import { importSeed } from '@/lib/seed/import-seed';
import { createStoryline } from '@/lib/storylines/actions';
import { grantEpisodeAccess, setUserRole } from '@/lib/users/actions';
import { createUser } from '@/lib/users/create-user';
import { freshDatabase, type TestDatabase } from '../../helpers/database';
import { expectGermanRefusal, expectInertHtml, forgedTokens, hostileHrefs, scriptTexts, sqlAndSearchSyntax } from './corpus';

// The server actions called the way a forged form post would call them: as a real user
// (runAs), with input no form would send. Each is refused with a German message or stored
// as harmless text; none throws.

let database: TestDatabase;
let hostId = 0;
let guestId = 0;
let episodeId = 0;
let otherEpisodeId = 0;
let limitsPool: ReturnType<typeof createRateLimitPool> | undefined;

type Result = { ok: boolean; error?: string };
const asHost = <T extends Result>(work: () => Promise<T>) => runAs(hostId, work);
const asGuest = <T extends Result>(work: () => Promise<T>) => runAs(guestId, work);
const render = (body: unknown) => renderToStaticMarkup(createElement(RecapBody, { body, audioUrl: 'https://cdn.example.org/f.mp3' }));
const hostileIds: unknown[] = ['1 OR 1=1', '1; DROP TABLE "Recap"', -1, 0, 1.5, 2 ** 53, 'NaN', Infinity, null, [], {}, { $gt: 0 }, '__proto__', '../../1'];

beforeAll(async () => {
  database = await freshDatabase();
  useDb(database.db, database.url);
  // rateLimits() would open its own pool on first use and keep it; dropping the database
  // under its still-idle connections then surfaces as an uncaught "Connection terminated"
  // once this file runs in less than the pool's 10 s idle timeout. Owning the pool (in the
  // global rateLimits() reads) lets afterAll close it first.
  limitsPool = createRateLimitPool(database.url);
  Object.assign(globalThis, { rewatchRateLimits: { url: database.url, limits: createRateLimits(limitsPool) } });
  await importSeed(database.db);
  const [first, second] = await database.db.episode.findMany({ where: { recap: null }, orderBy: { id: 'asc' }, take: 2 });
  episodeId = first?.id ?? 0;
  otherEpisodeId = second?.id ?? 0;
});

afterAll(async () => {
  await limitsPool?.end();
  await database?.cleanup();
});

describe('public actions before a host exists', () => {
  it('setup refuses forged tokens and creates no account', async () => {
    await issueSetupToken(database.db);
    for (const token of forgedTokens) {
      const result = await setupFirstHost({ token, name: 'Mallory', email: 'mallory@example.org', password: 'ein-langes-passwort', passwordConfirm: 'ein-langes-passwort' });
      expectGermanRefusal(result, `setup token ${JSON.stringify(token)?.slice(0, 30)}`);
    }
    for (const raw of [null, 'token', 42, [], { token: 'A'.repeat(43), email: "x' OR 1=1 --", name: '<script>', password: 'x', passwordConfirm: 'y' }]) {
      expectGermanRefusal(await setupFirstHost(raw), `setup input ${JSON.stringify(raw)}`);
    }
    expect(await database.db.user.count()).toBe(0);
  });

  it('invitation acceptance refuses forged tokens and creates no account', async () => {
    for (const token of forgedTokens) {
      const result = await runAs(null, () => acceptInvitationAction({ token, name: 'Mallory', password: 'ein-langes-passwort', passwordConfirm: 'ein-langes-passwort' }));
      expectGermanRefusal(result, `invitation token ${JSON.stringify(token)?.slice(0, 30)}`);
    }
    expectGermanRefusal(await runAs(null, () => acceptInvitationAction(null)));
    expectGermanRefusal(await runAs(null, () => acceptInvitationAction({ toString: () => 'A'.repeat(43) })));
    expect(await database.db.user.count()).toBe(0);
  });
});

describe('studio actions with hostile input', () => {
  beforeAll(async () => {
    hostId = (await createUser(database.db, { email: 'host@example.org', name: 'Host', password: 'ein-langes-passwort', role: 'HOST' })).id;
    guestId = (await createUser(database.db, { email: 'gast@example.org', name: 'Gast', password: 'ein-langes-passwort', role: 'GUEST' })).id;
    await database.db.episodeAccess.create({ data: { userId: guestId, episodeId } });
  });

  it('refuses hostile ids in every id field', async () => {
    for (const id of hostileIds) {
      expectGermanRefusal(await asHost(() => saveRecapDraft({ episodeId: id as number, baseVersion: 0, body: { type: 'doc', content: [] } })), `episodeId ${String(id)}`);
      // 0 is a valid base version (a new recap); the save of the next test would then conflict.
      if (id !== 0) expectGermanRefusal(await asHost(() => saveRecapDraft({ episodeId, baseVersion: id as number, body: { type: 'doc', content: [] } })), `baseVersion ${String(id)}`);
      expectGermanRefusal(await asHost(() => restoreRecapRevision({ episodeId, revisionId: id as number })), `revisionId ${String(id)}`);
      expectGermanRefusal(await asHost(() => revokeInvitation({ invitationId: id as number })), `invitationId ${String(id)}`);
    }
  });

  it('refuses hostile links and forged documents in a save, and stores nothing', async () => {
    for (const href of hostileHrefs) {
      const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href } }] }] }] };
      expectGermanRefusal(await asHost(() => saveRecapDraft({ episodeId, baseVersion: 0, body })), `href ${href.slice(0, 30)}`);
    }
    const deep = { type: 'doc', content: [] as unknown[] };
    let cursor: { content: unknown[] } = deep;
    for (let i = 0; i < 1_000; i++) {
      const next = { type: 'blockquote', content: [] as unknown[] };
      cursor.content.push(next);
      cursor = next;
    }
    for (const body of [deep, { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(5 * 1024 * 1024) }] }] }, '<script>', null]) {
      expectGermanRefusal(await asHost(() => saveRecapDraft({ episodeId, baseVersion: 0, body })));
    }
    expect(await database.db.recap.count({ where: { episodeId } })).toBe(0);
  });

  it('stores script-like text as text, and the public page renders it inert', async () => {
    const content = scriptTexts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }));
    const result = await asGuest(() => saveRecapDraft({ episodeId, baseVersion: 0, body: { type: 'doc', content } }));
    expect(result).toMatchObject({ ok: true });
    const stored = await database.db.recap.findUniqueOrThrow({ where: { episodeId } });
    expectInertHtml(render(stored.body));
    expect(stored.plainText).toContain('<script>alert(1)</script>');
  });

  it('refuses the wrong role and the wrong episode', async () => {
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Gast schreibt woanders' }] }] };
    expectGermanRefusal(await asGuest(() => saveRecapDraft({ episodeId: otherEpisodeId, baseVersion: 0, body })));
    expectGermanRefusal(await asGuest(() => publishRecap({ episodeId })));
    expectGermanRefusal(await asGuest(() => submitRecapForReview({ episodeId: otherEpisodeId })));
    expectGermanRefusal(await asGuest(() => setUserRole({ userId: guestId, role: 'HOST' })));
    expectGermanRefusal(await asGuest(() => grantEpisodeAccess({ userId: guestId, episodeIds: [otherEpisodeId] })));
    expectGermanRefusal(await asGuest(() => createInvitation({ email: 'freund@example.org', episodeIds: [otherEpisodeId] })));
    expectGermanRefusal(await asGuest(() => createCharacter({ name: 'Mallory', shortName: 'M', aliases: '', description: '', kind: 'GUEST' })));
    expectGermanRefusal(await runAs(null, () => saveRecapDraft({ episodeId, baseVersion: 1, body })));
    expectGermanRefusal(await runAs(999_999, () => publishRecap({ episodeId })));
    expect((await database.db.user.findUniqueOrThrow({ where: { id: guestId } })).role).toBe('GUEST');
  });

  it('refuses hostile values in the other studio forms', async () => {
    const inputs: [string, () => Promise<Result>][] = [
      ['role ADMIN', () => setUserRole({ userId: guestId, role: 'ADMIN' as 'HOST' })],
      ['10,000 episode ids', () => grantEpisodeAccess({ userId: guestId, episodeIds: Array.from({ length: 10_000 }, (_, i) => i + 1) })],
      ['e-mail header injection', () => createInvitation({ email: 'a@example.org\r\nBcc: all@example.org', episodeIds: [episodeId] })],
      ['e-mail with script', () => createInvitation({ email: '<script>alert(1)</script>@example.org', episodeIds: [episodeId] })],
      ['e-mail 5 MB', () => createInvitation({ email: `${'a'.repeat(5 * 1024 * 1024)}@example.org`, episodeIds: [episodeId] })],
      ['publishAt not a date', () => publishRecap({ episodeId, publishAt: 'morgen; DROP' as unknown as Date })],
      ['character name 5 MB', () => createCharacter({ name: 'x'.repeat(5 * 1024 * 1024), shortName: 'x', aliases: '', description: '', kind: 'GUEST' })],
      ['character name only symbols', () => createCharacter({ name: '../../', shortName: 'x', aliases: '', description: '', kind: 'GUEST' })],
      ['character kind forged', () => createCharacter({ name: 'Mallory', shortName: 'M', aliases: '', description: '', kind: 'ADMIN' as 'GUEST' })],
      ['character 1,000 aliases', () => createCharacter({ name: 'Mallory', shortName: 'M', aliases: Array.from({ length: 1_000 }, (_, i) => `a${i}`), description: '', kind: 'GUEST' })],
      ['character id forged', () => updateCharacter({ characterId: '1 OR 1=1' as unknown as number, name: 'X', shortName: 'X', aliases: '', description: '', kind: 'GUEST' })],
      ['storyline with forged character ids', () => createStoryline({ title: 'Strang', description: '', characterIds: ['1; DROP' as unknown as number] })],
    ];
    for (const [name, call] of inputs) expectGermanRefusal(await asHost(call), name);
  });

  it('keeps names with markup as text', async () => {
    const result = await asHost(() => createCharacter({ name: '<img src=x onerror=alert(1)> Mallory', shortName: 'Mal', aliases: '', description: '<script>alert(1)</script>', kind: 'GUEST' }));
    expect(result).toMatchObject({ ok: true });
    const character = await database.db.character.findFirstOrThrow({ where: { shortName: 'Mal' } });
    expect(character.slug).toMatch(/^[a-z0-9-]+$/);
  });
});

describe('search with hostile queries', () => {
  // A few script texts suffice here: each search costs about a second on the in-process PGlite.
  for (const q of [...sqlAndSearchSyntax, ...scriptTexts.slice(0, 3), '\u0000', 'x'.repeat(1_000)]) {
    it(`answers ${JSON.stringify(q).slice(0, 40)} without failing`, async () => {
      const result = await searchRecaps({ q, season: null, character: null, storyline: null });
      expect(Array.isArray(result.hits)).toBe(true);
    });
  }
  it('still has all recaps afterwards', async () => {
    expect(await database.db.recap.count()).toBeGreaterThan(50);
  });
});
