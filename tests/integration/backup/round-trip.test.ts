import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '@/lib/audit/record';
import { verifyPassword } from '@/lib/auth/password';
import { generateToken, hashToken } from '@/lib/auth/tokens';
import { exportArchive } from '@/lib/backup/export';
import { ArchiveRestoreError, parseArchive, restoreArchive, restoredPasswordPlaceholder } from '@/lib/backup/import';
import { documentToMarkdown, recapMarkdownFiles } from '@/lib/backup/markdown';
import type { RewatchArchive } from '@/lib/backup/schema';
import type { RecapDocument } from '@/lib/recaps/document';
import { saveDraft } from '@/lib/recaps/save-draft';
import { importSeed } from '@/lib/seed/import-seed';
import { createUser } from '@/lib/users/create-user';
import { countRows, freshDatabase, type TestDatabase } from '../../helpers/database';

// Backup → restore → backup must give the same archive: every row, id and reference,
// without secrets. The restore goes into a second, empty database.

let source: TestDatabase;
let target: TestDatabase;
let first: RewatchArchive;
let tokenHash: string;

function richDocument(mention: { id: number; slug: string; label: string }): RecapDocument {
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Die Wette' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'characterMention', attrs: mention },
          { type: 'text', text: ' sagt bei ' },
          { type: 'timestamp', attrs: { seconds: 754 } },
          { type: 'text', text: ' etwas *Wichtiges*: ' },
          { type: 'text', text: 'Big geht', marks: [{ type: 'spoiler' }] },
          { type: 'text', text: ' – mehr ' },
          { type: 'text', text: 'hier', marks: [{ type: 'link', attrs: { href: 'https://example.org/wette?x=(1)' } }] },
        ],
      },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Cosmo' }] }] }] },
      { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: '# kein Titel' }] }] },
    ],
  };
}

beforeAll(async () => {
  [source, target] = await Promise.all([freshDatabase(), freshDatabase()]);
  const db = source.db;
  await importSeed(db);
  const host = await createUser(db, { email: 'chris@example.org', name: 'Chris', password: 'ein-langes-passwort', role: 'HOST' });
  const guest = await createUser(db, { email: 'gast@example.org', name: 'Gast', password: 'ein-langes-passwort', role: 'GUEST' });
  const episode = await db.episode.findFirstOrThrow({ where: { recap: null }, orderBy: { id: 'asc' } });
  const carrie = await db.character.findFirstOrThrow({ orderBy: { id: 'asc' } });
  await db.episodeAccess.create({ data: { userId: guest.id, episodeId: episode.id, grantedById: host.id } });
  tokenHash = hashToken(generateToken());
  await db.invitation.create({
    data: { email: 'neu@example.org', tokenHash, expiresAt: new Date(Date.now() + 86_400_000), createdById: host.id, episodes: { create: [{ episodeId: episode.id }] } },
  });
  const doc = richDocument({ id: carrie.id, slug: carrie.slug, label: carrie.shortName });
  const saved = await saveDraft(db, { episodeId: episode.id, baseVersion: 0, doc, user: { ...guest, role: 'GUEST' } });
  if (saved.status !== 'saved') throw new Error('Speichern fehlgeschlagen');
  // A host's edit much later: a second revision, not coalesced with the guest's.
  await saveDraft(db, { episodeId: episode.id, baseVersion: saved.version, doc, user: { ...host, role: 'HOST' } }, new Date(Date.now() + 3_600_000));
  await recordAudit(db, { actor: host, action: 'access.granted', target: { type: 'user', id: guest.id }, details: { episodeIds: [episode.id] }, ip: '127.0.0.1' });
  await recordAudit(db, { actor: null, actorLabel: 'Anonym', action: 'auth.sign_in_failed' });
  first = JSON.parse(JSON.stringify(await exportArchive(db))) as RewatchArchive;
});

afterAll(async () => {
  await Promise.all([source?.cleanup(), target?.cleanup()]);
});

describe('backup round trip', () => {
  it('exports everything, and nothing secret', () => {
    expect(first).toMatchObject({ format: 'rewatch-archive', version: 1 });
    expect(first.recaps.length).toBeGreaterThan(50);
    expect(first.users).toHaveLength(2);
    expect(first.episodeAccess).toHaveLength(1);
    expect(first.invitations[0]?.episodeIds).toHaveLength(1);
    expect(first.auditEvents).toHaveLength(2);
    expect(first.recaps.some((r) => r.revisions.length === 2 && r.characters.length > 0)).toBe(true);
    const text = JSON.stringify(first);
    expect(text).not.toContain('$argon2');
    expect(text).not.toContain('passwordHash');
    expect(text).not.toContain(tokenHash);
  });

  it('restores into an empty database and exports the same archive again', async () => {
    const report = await restoreArchive(target.db, parseArchive(first, 'archiv.json'));
    expect(report.recaps).toBe(first.recaps.length);
    const second = JSON.parse(JSON.stringify(await exportArchive(target.db))) as RewatchArchive;
    expect({ ...second, exportedAt: null }).toEqual({ ...first, exportedAt: null });
    expect(await countRows(target.db)).toEqual(await countRows(source.db));
  });

  it('rebuilds the search index and moves the id sequences past the restored ids', async () => {
    expect(await target.db.recapSearch.count()).toBe(first.recaps.length);
    const maxUser = Math.max(...first.users.map((u) => u.id));
    const next = await createUser(target.db, { email: 'neu@example.org', name: 'Neu', password: 'ein-langes-passwort', role: 'GUEST' });
    expect(next.id).toBe(maxUser + 1);
    const maxEvent = Math.max(...first.auditEvents.map((a) => a.id));
    await recordAudit(target.db, { actor: null, actorLabel: 'Test', action: 'user.created' });
    expect((await target.db.auditEvent.findFirstOrThrow({ orderBy: { id: 'desc' } })).id).toBe(maxEvent + 1);
  });

  it('brings accounts back without a usable password and invitations without a working link', async () => {
    const chris = await target.db.user.findUniqueOrThrow({ where: { email: 'chris@example.org' } });
    expect(chris.passwordHash).toBe(restoredPasswordPlaceholder);
    expect(await verifyPassword(chris.passwordHash, 'ein-langes-passwort')).toBe(false);
    expect(await target.db.invitation.count({ where: { tokenHash } })).toBe(0);
  });

  it('refuses a database that is not empty, and changes nothing', async () => {
    const before = await countRows(target.db);
    const error = await restoreArchive(target.db, parseArchive(first, 'archiv.json')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArchiveRestoreError);
    expect((error as Error).message).toContain('Die Datenbank ist nicht leer');
    expect(await countRows(target.db)).toEqual(before);
  });

  it('refuses a forged archive before writing: unknown version, script links, broken references', async () => {
    expect(() => parseArchive({ ...first, version: 2 }, 'a.json')).toThrow(/Version des Archivformats/);
    const evil = structuredClone(first);
    const recap = evil.recaps[0];
    if (!recap) throw new Error('kein Recap');
    recap.body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] };
    expect(() => parseArchive(evil, 'a.json')).toThrow(/Links dürfen nur/);

    const broken = structuredClone(first);
    broken.episodeAccess.push({ userId: 999_999, episodeId: 1, grantedById: null, createdAt: first.exportedAt });
    const empty = await freshDatabase();
    try {
      const failure = await restoreArchive(empty.db, parseArchive(broken, 'a.json')).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(ArchiveRestoreError);
      expect((failure as Error).message).toContain('nicht stimmig');
      expect(await empty.db.recap.count()).toBe(0);
    } finally {
      await empty.cleanup();
    }
  });

  it('writes one Markdown file per recap with front matter and the recap as Markdown', () => {
    const files = recapMarkdownFiles(first);
    expect(files).toHaveLength(first.recaps.length);
    expect(new Set(files.map((f) => f.name)).size).toBe(files.length);
    const rich = files.find((f) => f.content.includes('## Die Wette'));
    expect(rich?.content).toMatch(/^---\nseason: \d+\nepisode: \d+\ntitle: ".+"\nstatus: "DRAFT"\ntags:\n {2}- "/);
    const carrie = first.characters[0];
    const md = documentToMarkdown(richDocument({ id: 1, slug: carrie?.slug ?? 'carrie', label: 'Carrie' }));
    expect(md).toBe(
      [
        '## Die Wette',
        `[@Carrie](/figuren/${carrie?.slug ?? 'carrie'}) sagt bei [12:34] etwas \\*Wichtiges\\*: ||Big geht|| – mehr [hier](<https://example.org/wette?x=(1)>)`,
        '- Cosmo',
        '> \\# kein Titel',
      ].join('\n\n'),
    );
  });
});
