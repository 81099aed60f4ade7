import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Action, allows, can, publishedRecapRefusal } from '@/lib/auth/permissions';
import { runAs } from '@/lib/auth/session';
import { generateToken, hashToken } from '@/lib/auth/tokens';
import { useDb } from '@/lib/db/client';
import { documentFromText, storedBody } from '@/lib/recaps/document';
import { importSeed } from '@/lib/seed/import-seed';
import { createUser } from '@/lib/users/create-user';
import { freshDatabase, type TestDatabase } from '../../helpers/database';

// Every server action × every kind of person → allowed or refused, with the
// real permission module and a real database. A new action without a row here
// fails the completeness test below.

type Persona = 'listener' | 'guestOfX' | 'guestOfOther' | 'disabled' | 'host';
const personas: Persona[] = ['listener', 'guestOfX', 'guestOfOther', 'disabled', 'host'];

type ActionFn = ((input: never) => Promise<{ ok: boolean; error?: string }>) & { actionName: string; permission: Action };

const actionModules = import.meta.glob<Record<string, unknown>>('/lib/**/actions.ts', { eager: true });
const actions = new Map<string, ActionFn>();
for (const exports of Object.values(actionModules)) {
  for (const value of Object.values(exports)) {
    if (typeof value === 'function' && 'actionName' in value) actions.set(String(value.actionName), value as ActionFn);
  }
}

let database: TestDatabase;
const ids: Record<Persona, number | null> = { listener: null, guestOfX: null, guestOfOther: null, disabled: null, host: null };
let episodeX = 0;
let episodeOther = 0;
let counter = 0;

async function makeUser(role: 'HOST' | 'GUEST', episodeId?: number) {
  counter += 1;
  const user = await createUser(database.db, { email: `person${counter}@example.org`, name: `Person ${counter}`, password: 'ein-langes-passwort', role });
  if (episodeId) await database.db.episodeAccess.create({ data: { userId: user.id, episodeId } });
  return user;
}

async function recapOnX(status: 'DRAFT' | 'PUBLISHED') {
  const body = storedBody(documentFromText('Carrie schreibt über Schuhe.'));
  return database.db.recap.upsert({
    where: { episodeId: episodeX },
    create: { episodeId: episodeX, status, body, plainText: 'Carrie schreibt über Schuhe.', excerpt: 'Carrie', publishedAt: status === 'PUBLISHED' ? new Date() : null },
    update: { status, publishedAt: status === 'PUBLISHED' ? new Date() : null },
  });
}

async function invitation() {
  const host = ids.host ?? 0;
  return database.db.invitation.create({
    data: { email: `gast${++counter}@example.org`, tokenHash: hashToken(generateToken()), expiresAt: new Date(Date.now() + 86_400_000), createdById: host, episodes: { create: [{ episodeId: episodeX }] } },
  });
}

async function inboxRecap() {
  const text = `Ein Recap ohne Folge ${++counter}`;
  return database.db.recap.create({ data: { body: storedBody(documentFromText(text)), plainText: text, excerpt: text, importNote: 'Test' } });
}

/** An episode without a recap that is neither X nor Other (assigning one uses it up). */
async function freeEpisodeId() {
  const episode = await database.db.episode.findFirst({ where: { recap: null, id: { notIn: [episodeX, episodeOther] } }, select: { id: true } });
  return episode?.id ?? 0;
}

/** A character tag on X's recap with the given source; returns the character id. */
async function tagOnX(source: 'MANUAL' | 'SUGGESTED') {
  const recap = await recapOnX('DRAFT');
  const character = await database.db.character.findFirstOrThrow({ orderBy: { id: 'asc' } });
  await database.db.recapCharacter.upsert({
    where: { recapId_characterId: { recapId: recap.id, characterId: character.id } },
    create: { recapId: recap.id, characterId: character.id, source },
    update: { source },
  });
  return character.id;
}

const characterInput = () => ({ name: `Testfigur ${++counter}`, shortName: `Test ${counter}`, aliases: 'Testi', description: '', kind: 'GUEST' });
const storylineInput = () => ({ title: `Teststrang ${++counter}`, description: '', characterIds: [] });

const matrix: Record<string, { allowed: Persona[]; input: () => Promise<unknown> }> = {
  'recap.save': {
    allowed: ['guestOfX', 'host'],
    input: async () => {
      const recap = await recapOnX('DRAFT');
      return { episodeId: episodeX, baseVersion: recap.version, body: documentFromText(`Neuer Text ${++counter}`) };
    },
  },
  'recap.restore': {
    allowed: ['guestOfX', 'host'],
    input: async () => {
      const recap = await recapOnX('DRAFT');
      const revision = await database.db.recapRevision.create({
        data: { recapId: recap.id, version: recap.version, status: 'DRAFT', body: recap.body ?? {}, plainText: recap.plainText, author: 'Test' },
      });
      return { episodeId: episodeX, revisionId: revision.id };
    },
  },
  'recap.submit': { allowed: ['guestOfX', 'host'], input: async () => (await recapOnX('DRAFT'), { episodeId: episodeX }) },
  'recap.publish': { allowed: ['host'], input: async () => (await recapOnX('DRAFT'), { episodeId: episodeX }) },
  'recap.unpublish': { allowed: ['host'], input: async () => (await recapOnX('PUBLISHED'), { episodeId: episodeX }) },
  'invitation.create': { allowed: ['host'], input: async () => ({ email: `neu${++counter}@example.org`, episodeIds: [episodeX] }) },
  'invitation.extend': { allowed: ['host'], input: async () => ({ invitationId: (await invitation()).id }) },
  'invitation.revoke': { allowed: ['host'], input: async () => ({ invitationId: (await invitation()).id }) },
  'access.grant': { allowed: ['host'], input: async () => ({ userId: (await makeUser('GUEST')).id, episodeIds: [episodeX] }) },
  'access.revoke': { allowed: ['host'], input: async () => ({ userId: (await makeUser('GUEST', episodeX)).id, episodeId: episodeX }) },
  'user.set_disabled': { allowed: ['host'], input: async () => ({ userId: (await makeUser('GUEST')).id, disabled: true }) },
  'user.set_role': { allowed: ['host'], input: async () => ({ userId: (await makeUser('GUEST')).id, role: 'HOST' }) },
  'character.create': { allowed: ['host'], input: async () => characterInput() },
  'character.update': {
    allowed: ['host'],
    input: async () => {
      const character = await database.db.character.findFirstOrThrow({ orderBy: { id: 'asc' } });
      return { characterId: character.id, ...characterInput() };
    },
  },
  'storyline.create': { allowed: ['host'], input: async () => storylineInput() },
  'storyline.update': {
    allowed: ['host'],
    input: async () => {
      const storyline = await database.db.storyline.findFirstOrThrow({ orderBy: { id: 'asc' } });
      return { storylineId: storyline.id, ...storylineInput() };
    },
  },
  'inbox.assign': { allowed: ['host'], input: async () => ({ recapId: (await inboxRecap()).id, episodeId: await freeEpisodeId() }) },
  'tag.confirm': { allowed: ['host'], input: async () => ({ episodeId: episodeX, kind: 'character', tagId: await tagOnX('SUGGESTED') }) },
  'tag.add': {
    allowed: ['host'],
    input: async () => {
      const tagId = await tagOnX('MANUAL');
      await database.db.recapCharacter.deleteMany({ where: { characterId: tagId, recap: { episodeId: episodeX } } });
      return { episodeId: episodeX, kind: 'character', tagId };
    },
  },
  'tag.remove': { allowed: ['host'], input: async () => ({ episodeId: episodeX, kind: 'character', tagId: await tagOnX('MANUAL') }) },
  'episode.update_metadata': {
    allowed: ['guestOfX', 'host'],
    input: async () => {
      const episode = await database.db.episode.findUniqueOrThrow({ where: { id: episodeX } });
      return { episodeId: episodeX, title: episode.title, slug: episode.slug, excerpt: '', recordedAt: '2024-05-01', audioUrl: '', podcastEpisodeNumber: '' };
    },
  },
  'inbox.delete': { allowed: ['host'], input: async () => ({ recapId: (await inboxRecap()).id }) },
};

// Studio pages and the permission each asks for before showing anything.
const pages: { path: string; action: Action; episode?: 'X'; allowed: Persona[] }[] = [
  { path: '/studio', action: 'studio.enter', allowed: ['guestOfX', 'guestOfOther', 'host'] },
  { path: '/studio/folgen/[X]', action: 'recap.read', episode: 'X', allowed: ['guestOfX', 'host'] },
  { path: '/studio/personen', action: 'people.manage', allowed: ['host'] },
  { path: '/studio/protokoll', action: 'audit.read', allowed: ['host'] },
  { path: '/studio/figuren', action: 'catalog.manage', allowed: ['host'] },
  { path: '/studio/handlungsstraenge', action: 'catalog.manage', allowed: ['host'] },
  { path: '/studio/eingang/[id]', action: 'recap.assign', allowed: ['host'] },
];

beforeAll(async () => {
  database = await freshDatabase();
  useDb(database.db, database.url);
  await importSeed(database.db);
  const [first, second] = await database.db.episode.findMany({
    where: { recap: null },
    orderBy: [{ season: { number: 'asc' } }, { number: 'asc' }],
    take: 2,
  });
  episodeX = first?.id ?? 0;
  episodeOther = second?.id ?? 0;
  ids.host = (await makeUser('HOST')).id;
  ids.guestOfX = (await makeUser('GUEST', episodeX)).id;
  ids.guestOfOther = (await makeUser('GUEST', episodeOther)).id;
  const disabled = await makeUser('GUEST', episodeX);
  await database.db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
  ids.disabled = disabled.id;
});

afterAll(async () => {
  await database?.cleanup();
});

describe('authorisation matrix', () => {
  it('has a row for every server action, and no row for one that does not exist', () => {
    expect([...actions.keys()].sort()).toEqual(Object.keys(matrix).sort());
  });

  for (const [name, rule] of Object.entries(matrix)) {
    for (const persona of personas) {
      const expected = rule.allowed.includes(persona) ? 'allowed' : 'refused';
      it(`${name} as ${persona}: ${expected}`, async () => {
        const action = actions.get(name);
        if (!action) throw new Error(`Aktion ${name} fehlt`);
        const input = await rule.input();
        const result = await runAs(ids[persona], () => action(input as never));
        if (expected === 'allowed') {
          expect(result).toMatchObject({ ok: true });
        } else {
          expect(result.ok).toBe(false);
          expect(['Bitte melde dich an.', 'Dafür fehlt dir die Berechtigung.']).toContain(result.error);
        }
      });
    }
  }

  for (const page of pages) {
    it(`page ${page.path} is for ${page.allowed.join(', ')}`, async () => {
      for (const persona of personas) {
        const id = ids[persona];
        const user = id ? await database.db.user.findFirst({ where: { id, disabledAt: null } }) : null;
        const allowed = await can(database.db, user, page.action, page.episode ? { episodeId: episodeX } : undefined);
        expect(allowed, `${page.path} as ${persona}`).toBe(page.allowed.includes(persona));
      }
    });
  }

  // Rules that depend on the record's state as well as the person: `can` with the state, and
  // `allows`, the synchronous question the studio's controls ask, agreeing with it.
  const stateRules: { action: Action; state: { recapStatus?: 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED' | null }; allowed: Persona[] }[] = [
    { action: 'recap.edit', state: { recapStatus: null }, allowed: ['guestOfX', 'host'] },
    { action: 'recap.edit', state: { recapStatus: 'DRAFT' }, allowed: ['guestOfX', 'host'] },
    { action: 'recap.edit', state: { recapStatus: 'IN_REVIEW' }, allowed: ['guestOfX', 'host'] },
    { action: 'recap.edit', state: { recapStatus: 'PUBLISHED' }, allowed: ['host'] },
    { action: 'recap.read', state: { recapStatus: 'PUBLISHED' }, allowed: ['guestOfX', 'host'] },
    { action: 'episode.slug.change', state: {}, allowed: ['host'] },
    { action: 'recap.tags.review', state: {}, allowed: ['host'] },
  ];
  for (const rule of stateRules) {
    it(`${rule.action} on a recap in state ${rule.state.recapStatus ?? 'none'} is for ${rule.allowed.join(', ')}`, async () => {
      for (const persona of personas) {
        const id = ids[persona];
        const user = id ? await database.db.user.findFirst({ where: { id, disabledAt: null } }) : null;
        const expected = rule.allowed.includes(persona);
        expect(await can(database.db, user, rule.action, { episodeId: episodeX, ...rule.state }), `can as ${persona}`).toBe(expected);
        // `allows` knows nothing of invitations: it may say yes where `can` then asks the database, never the reverse.
        if (expected) expect(allows(user, rule.action, rule.state), `allows as ${persona}`).toBe(true);
      }
    });
  }

  it('allows says no to guests where only the role and the state decide', () => {
    const guest = { role: 'GUEST' as const };
    expect(allows(guest, 'recap.edit', { recapStatus: 'PUBLISHED' })).toBe(false);
    expect(allows(guest, 'recap.publish')).toBe(false);
    expect(allows(guest, 'episode.slug.change')).toBe(false);
    expect(allows(null, 'studio.enter')).toBe(false);
  });

  it('a guest of X may not save or restore X once its recap is published', async () => {
    const published = await recapOnX('PUBLISHED');
    const save = actions.get('recap.save');
    const restore = actions.get('recap.restore');
    if (!save || !restore) throw new Error('recap.save oder recap.restore fehlt');
    const saved = await runAs(ids.guestOfX, () => save({ episodeId: episodeX, baseVersion: published.version, body: documentFromText('Gasttext') } as never));
    expect(saved).toMatchObject({ ok: false, error: publishedRecapRefusal });
    const revision = await database.db.recapRevision.create({
      data: { recapId: published.id, version: published.version, status: 'PUBLISHED', body: published.body ?? {}, plainText: published.plainText, author: 'Test' },
    });
    const restored = await runAs(ids.guestOfX, () => restore({ episodeId: episodeX, revisionId: revision.id } as never));
    expect(restored).toMatchObject({ ok: false, error: publishedRecapRefusal });
    const after = await database.db.recap.findUnique({ where: { episodeId: episodeX } });
    expect(after?.version).toBe(published.version);
  });

  it('a refused guest save changes nothing', async () => {
    const before = await recapOnX('DRAFT');
    const save = actions.get('recap.save');
    if (!save) throw new Error('recap.save fehlt');
    const result = await runAs(ids.guestOfOther, () =>
      save({ episodeId: episodeX, baseVersion: before.version, body: documentFromText('Fremder Text') } as never),
    );
    expect(result.ok).toBe(false);
    const after = await database.db.recap.findUnique({ where: { episodeId: episodeX } });
    expect(after?.version).toBe(before.version);
    expect(after?.plainText).toBe(before.plainText);
  });
});
