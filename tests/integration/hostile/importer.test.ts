import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArchiveRestoreError, parseArchive } from '@/lib/backup/import';
import { recapMarkdownFiles } from '@/lib/backup/markdown';
import { loadCatalog } from '@/lib/catalog/load';
import type { Catalog } from '@/lib/catalog/schema';
import { decodeUtf8, ImportFileError } from '@/lib/importer/entry';
import { type ImportSource, importRecaps } from '@/lib/importer/import-recaps';
import { countRows, freshDatabase, type TestDatabase } from '../../helpers/database';
import { expectInertHtml, scriptTexts, sqlAndSearchSyntax, traversal } from './corpus';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { RecapBody } from '@/components/recap/recap-body';

// Hostile import files: refused as a whole with a German message naming file and line,
// or imported as plain text that renders inert. Nothing half-written.

let database: TestDatabase;
let catalog: Catalog;

beforeAll(async () => {
  database = await freshDatabase();
  catalog = await loadCatalog();
});

afterAll(async () => {
  await database?.cleanup();
});

const text = (content: string, file = 'recaps.txt', map?: string): ImportSource => ({ kind: 'text', file, content, map: map === undefined ? undefined : { file: 'map.tsv', content: map } });
const json = (value: unknown, file = 'recaps.json'): ImportSource => ({ kind: 'json', file, content: typeof value === 'string' ? value : JSON.stringify(value) });

function deepJson(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

const refused: [string, ImportSource][] = [
  ['NUL in a line', text('Carrie schreibt.\u0000Und dann?')],
  ['escape sequences', text('\u001b[2J\u001b[31mrot')],
  ['a 5 MB line', text('a'.repeat(5 * 1024 * 1024))],
  ['only blank lines', text('\n\n   \n')],
  ['map with traversal in the season', text('Carrie.', 'recaps.txt', 'line\tseason\tepisode\n1\t../../1\t1')],
  ['map with SQL', text('Carrie.', 'recaps.txt', "line\tseason\tepisode\n1\t1; DROP TABLE \"Recap\"\t1")],
  ['map with negative numbers', text('Carrie.', 'recaps.txt', 'line\tseason\tepisode\n1\t-1\t-1')],
  ['map with a huge episode', text('Carrie.', 'recaps.txt', 'line\tseason\tepisode\n1\t1\t99999999999999999999')],
  ['map without header', text('Carrie.', 'recaps.txt', '1\t1\t1')],
  ['map naming a missing line', text('Carrie.', 'recaps.txt', 'line\tseason\tepisode\n99\t1\t1')],
  ['JSON syntax error', json('{"recaps": [')],
  ['JSON 1,000 levels deep', json(deepJson(1_000))],
  ['JSON 100,000 levels deep', json(deepJson(100_000))],
  ['JSON 5 MB text', json({ recaps: [{ text: 'a'.repeat(5 * 1024 * 1024) }] })],
  ['JSON array at the top', json([{ text: 'x' }])],
  ['JSON extra field', json({ recaps: [{ text: 'x', html: '<script>alert(1)</script>' }] })],
  ['JSON __proto__ field', json('{"recaps":[{"text":"x","__proto__":{"admin":true}}]}')],
  ['JSON season as SQL', json({ recaps: [{ text: 'x', season: "1 OR 1=1", episode: 1 }] })],
  ['JSON season without episode', json({ recaps: [{ text: 'x', season: 1 }] })],
  ['JSON unknown episode', json({ recaps: [{ text: 'x', season: 99, episode: 99 }] })],
  ['JSON unknown character', json({ recaps: [{ text: 'x', characters: ["' OR 1=1 --"] }] })],
  ['JSON traversal as storyline', json({ recaps: [{ text: 'x', storylines: ['../../etc/passwd'] }] })],
  ['JSON 10,000 tags', json({ recaps: [{ text: 'x', characters: Array.from({ length: 10_000 }, () => 'Carrie') }] })],
  ['JSON text as object', json({ recaps: [{ text: { $ne: '' } }] })],
];

describe('the importer refuses hostile files as a whole', () => {
  for (const [name, source] of refused) {
    it(name, async () => {
      const before = await countRows(database.db);
      const error = await importRecaps(database.db, source, { catalog }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, name).toBeInstanceOf(ImportFileError);
      // The message names the file (recap or mapping file) and, where there is one, the line.
      expect((error as Error).message).toMatch(/^(recaps\.(txt|json)|map\.tsv)(, Zeile \d+)?: /);
      // A parser's own detail may follow in parentheses; the sentence itself is German.
      expect((error as Error).message.replace(/ \(.*\)$/, '')).not.toMatch(/Invalid|expected|received|Unexpected/);
      expect(await countRows(database.db)).toEqual(before);
    });
  }

  it('refuses invalid UTF-8 and names the line', () => {
    for (const bytes of [[0x43, 0x61, 0x0a, 0xc3, 0x28], [0x0a, 0x0a, 0xff, 0xfe], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf8, 0x88, 0x80, 0x80, 0x80]]) {
      const error = (() => {
        try {
          decodeUtf8(new Uint8Array(bytes), 'recaps.txt');
          return null;
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(ImportFileError);
      expect((error as Error).message).toContain('ungültige Zeichenkodierung');
    }
  });

  it('only ever names the file it was given, whatever the name', async () => {
    for (const file of traversal) {
      const error = await importRecaps(database.db, text('\n', file), { catalog }).catch((e: unknown) => e);
      expect((error as Error).message).toBe(`${file}: enthält keine Recaps`);
    }
  });
});

describe('text that looks like markup or SQL is imported as text', () => {
  it('imports it and renders it inert', async () => {
    const lines = [...scriptTexts, ...sqlAndSearchSyntax].map((line, i) => `${line} (${i})`);
    const report = await importRecaps(database.db, text(lines.join('\n')), { catalog });
    expect(report.counts.inbox).toBe(lines.length);
    const recaps = await database.db.recap.findMany({ where: { episodeId: null } });
    expect(recaps.map((r) => r.plainText).sort()).toEqual([...lines].sort());
    for (const recap of recaps) expectInertHtml(renderToStaticMarkup(createElement(RecapBody, { body: recap.body })), recap.plainText);
  });
});

describe('the archive format', () => {
  const minimal = {
    format: 'rewatch-archive',
    version: 1,
    exportedAt: '2026-01-01T00:00:00.000Z',
    shows: [{ id: 1, slug: 'show', title: 'Show', network: null, createdAt: '2026-01-01T00:00:00.000Z' }],
    seasons: [{ id: 1, showId: 1, number: 1 }],
    episodes: [{ id: 1, showId: 1, seasonId: 1, number: 1, title: 'Pilot', slug: 's01e01-pilot', airDate: null, airDateVerified: true, recordedAt: null, audioUrl: null, podcastEpisodeNumber: null }],
    characters: [],
    storylines: [],
    recaps: [],
    users: [],
    episodeAccess: [],
    invitations: [],
    auditEvents: [],
  };

  it('accepts a minimal archive', () => {
    expect(parseArchive(minimal, 'a.json').episodes).toHaveLength(1);
  });

  for (const slug of traversal) {
    it(`refuses the episode slug ${JSON.stringify(slug).slice(0, 30)}`, () => {
      const forged = { ...minimal, episodes: [{ ...minimal.episodes[0], slug }] };
      expect(() => parseArchive(forged, 'a.json')).toThrow(ArchiveRestoreError);
    });
  }

  for (const [name, forged] of [
    ['password hashes smuggled in', { ...minimal, users: [{ id: 1, email: 'a@b.de', name: 'A', role: 'HOST', disabledAt: null, lastSignInAt: null, createdAt: minimal.exportedAt, passwordHash: 'x' }] }],
    ['a role that does not exist', { ...minimal, users: [{ id: 1, email: 'a@b.de', name: 'A', role: 'ADMIN', disabledAt: null, lastSignInAt: null, createdAt: minimal.exportedAt }] }],
    ['negative ids', { ...minimal, seasons: [{ id: -1, showId: 1, number: 1 }] }],
    ['ids beyond int4', { ...minimal, seasons: [{ id: 2 ** 31, showId: 1, number: 1 }] }],
    ['an unknown format version', { ...minimal, version: 99 }],
    ['a script body', { ...minimal, recaps: [{ id: 1, episodeId: 1, status: 'PUBLISHED', body: { type: 'script' }, plainText: '', excerpt: '', version: 1, publishedAt: null, importHash: null, importNote: null, createdAt: minimal.exportedAt, updatedAt: minimal.exportedAt, updatedById: null, characters: [], storylines: [], revisions: [] }] }],
    ['not a date', { ...minimal, exportedAt: "'; DROP TABLE x; --" }],
  ] as const) {
    it(`refuses ${name} with a German message`, () => {
      expect(() => parseArchive(forged, 'a.json')).toThrow(/^a\.json: (kein gültiges Rewatch-Archiv|Recap)/);
    });
  }

  it('never writes Markdown outside its folder', () => {
    const archive = parseArchive(minimal, 'a.json');
    const forged = { ...archive, episodes: archive.episodes.map((e) => ({ ...e, slug: '../../etc/passwd' })), recaps: [{ id: 7, episodeId: 1, status: 'DRAFT' as const, body: { type: 'doc', content: [] }, plainText: '', excerpt: '', version: 1, publishedAt: null, importHash: null, importNote: null, createdAt: archive.exportedAt, updatedAt: archive.exportedAt, updatedById: null, characters: [], storylines: [], revisions: [] }] };
    expect(recapMarkdownFiles(forged).map((f) => f.name)).toEqual(['eingang-7.md']);
  });
});
