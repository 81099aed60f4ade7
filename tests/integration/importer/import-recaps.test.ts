import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import type { Catalog } from '@/lib/catalog/schema';
import { importRecaps, type ImportReport } from '@/lib/importer/import-recaps';
import { parseRecapMap } from '@/lib/importer/parse-map';
import { countRows, freshDatabase, type RowCounts, type TestDatabase } from '@/tests/helpers/database';
import { seedLine, seedSource } from '@/tests/helpers/seed';

// What the seed files must give (see data/seed): line 1 is the intro, line 38 a
// podcast note without an episode, line 41 repeats line 40, and line 52 is a
// second text for S02E05 (line 51 is the first).
const expectedFirstRun = { published: 48, draft: 0, inbox: 2, duplicate: 1, intro: 1, unchanged: 0 };
const expectedCatalog = { episodes: 94, characters: 21, storylines: 9 };

const emptyTables: RowCounts = {
  show: 0,
  season: 0,
  episode: 0,
  character: 0,
  storyline: 0,
  recap: 0,
  revision: 0,
  recapCharacter: 0,
  recapStoryline: 0,
};

/** Whitespace folded as the recap document does, so a line compares with a recap's plain text. */
const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('importRecaps with the seed files', () => {
  let database: TestDatabase;
  let source: Awaited<ReturnType<typeof seedSource>>;
  let catalog: Catalog;
  const now = new Date('2026-01-15T10:00:00Z');

  beforeAll(async () => {
    [database, source, catalog] = await Promise.all([freshDatabase(), seedSource(), loadCatalog()]);
  });
  afterAll(async () => {
    await database?.cleanup();
  });

  const recapOfLine = (n: number) =>
    database.db.recap.findFirstOrThrow({
      where: { plainText: folded(seedLine(source.content, n)) },
      include: {
        episode: { include: { season: true } },
        revisions: true,
        characters: { include: { character: true } },
        storylines: { include: { storyline: true } },
      },
    });

  describe('a dry run on an empty database', () => {
    let report: ImportReport;
    beforeAll(async () => {
      report = await importRecaps(database.db, source, { catalog, dryRun: true, now });
    });

    it('reports what a real import would do', () => {
      expect(report.dryRun).toBe(true);
      expect(report.counts).toEqual(expectedFirstRun);
      expect(report.catalog).toEqual(expectedCatalog);
    });

    it('writes nothing, not even the catalog', async () => {
      expect(await countRows(database.db)).toEqual(emptyTables);
    });
  });

  describe('the first import', () => {
    let report: ImportReport;
    beforeAll(async () => {
      report = await importRecaps(database.db, source, { catalog, now });
    });

    it('publishes 48, sends 2 to the inbox, skips 1 duplicate and the intro', () => {
      expect(report.dryRun).toBe(false);
      expect(report.counts).toEqual(expectedFirstRun);
      expect(report.catalog).toEqual(expectedCatalog);
    });

    it('names the skipped lines: line 1 as intro, line 41 as a duplicate of line 40', () => {
      expect(report.outcomes.filter((o) => o.kind === 'intro')).toEqual([{ kind: 'intro', line: 1 }]);
      expect(report.outcomes.filter((o) => o.kind === 'duplicate')).toEqual([{ kind: 'duplicate', line: 41, of: 40 }]);
    });

    it('stores exactly the reported recaps and the catalog', async () => {
      const rows = await countRows(database.db);
      expect(rows).toMatchObject({ show: 1, episode: 94, character: 21, storyline: 9, recap: 50, revision: 50 });
      expect(await database.db.recap.count({ where: { status: 'PUBLISHED', episodeId: { not: null } } })).toBe(48);
      expect(await database.db.recap.count({ where: { status: 'DRAFT', episodeId: null } })).toBe(2);
    });

    it('puts the podcast note (line 38) and the second S02E05 text (line 52) in the inbox', async () => {
      const inbox = await database.db.recap.findMany({ where: { episodeId: null }, orderBy: { id: 'asc' } });
      expect(inbox.map((recap) => recap.plainText)).toEqual([folded(seedLine(source.content, 38)), folded(seedLine(source.content, 52))]);
      expect(inbox.map((recap) => recap.importNote)).toEqual([null, 'Zweite Fassung zu S02E05 (erste: Zeile 51)']);
      expect(inbox.every((recap) => recap.status === 'DRAFT' && recap.publishedAt === null)).toBe(true);
      expect(report.outcomes.filter((o) => o.kind === 'inbox').map((o) => o.line)).toEqual([38, 52]);
    });

    it('attaches recaps to the episodes the map names (spot checks)', async () => {
      const spotChecks: [line: number, season: number, episode: number][] = [
        [2, 4, 18],
        [3, 4, 17],
        [20, 3, 18],
        [37, 3, 1],
        [40, 2, 16],
        [51, 2, 5],
      ];
      for (const [line, season, episode] of spotChecks) {
        const recap = await recapOfLine(line);
        expect({ line, season: recap.episode?.season.number, episode: recap.episode?.number }).toEqual({ line, season, episode });
        expect(recap.status).toBe('PUBLISHED');
        expect(recap.publishedAt).toEqual(now);
      }
      const line2 = await recapOfLine(2);
      expect(line2.plainText).toMatch(/^Charlotte gibt eine Führung im MoMA/);
      expect(line2.episode?.slug).toMatch(/^s04e18-/);
    });

    it('attaches every published recap to the episode of its map row', async () => {
      const map = parseRecapMap(source.map.content, source.map.file);
      const published = await database.db.recap.findMany({
        where: { status: 'PUBLISHED' },
        select: { plainText: true, episode: { select: { number: true, season: { select: { number: true } } } } },
      });
      const episodeOfText = new Map(published.map((r) => [r.plainText, `S${r.episode?.season.number}E${r.episode?.number}`]));
      const skipped = new Set([1, 38, 41, 52]);
      let checked = 0;
      for (const row of map.values()) {
        if (skipped.has(row.line)) continue;
        expect({ line: row.line, episode: episodeOfText.get(folded(seedLine(source.content, row.line))) }).toEqual({
          line: row.line,
          episode: `S${row.season}E${row.episode}`,
        });
        checked += 1;
      }
      expect(checked).toBe(48);
    });

    it('gives every recap one revision by "Import" with the same body and status', async () => {
      const recaps = await database.db.recap.findMany({ include: { revisions: true } });
      expect(recaps).toHaveLength(50);
      for (const recap of recaps) {
        expect(recap.revisions).toHaveLength(1);
        expect(recap.revisions[0]).toMatchObject({
          version: 1,
          author: 'Import',
          status: recap.status,
          body: recap.body,
          plainText: recap.plainText,
          createdAt: now,
        });
      }
    });

    it('stores the text as a Tiptap document with a matching excerpt', async () => {
      const recap = await recapOfLine(14);
      expect(recap.body).toEqual({
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: folded(seedLine(source.content, 14)) }] }],
      });
      expect(recap.excerpt.length).toBeLessThanOrEqual(240);
      expect(recap.plainText.startsWith(recap.excerpt.replace(/ …$/, ''))).toBe(true);
    });

    it('suggests Aidan Shaw for a recap that only spells him "Aiden"', async () => {
      const recap = await recapOfLine(14);
      expect(recap.plainText).toMatch(/\bAiden\b/);
      expect(recap.plainText).not.toMatch(/Aidan/);
      const aidan = recap.characters.find((tag) => tag.character.name === 'Aidan Shaw');
      expect(aidan?.source).toBe('SUGGESTED');
    });

    it('suggests Samantha Jones for a recap that only says "Sam"', async () => {
      const recap = await recapOfLine(20);
      expect(recap.plainText).toMatch(/\bSam\b/);
      expect(recap.plainText).not.toMatch(/Samantha/);
      const samantha = recap.characters.find((tag) => tag.character.name === 'Samantha Jones');
      expect(samantha?.source).toBe('SUGGESTED');
    });

    it('tags only characters the text mentions', async () => {
      const recap = await recapOfLine(14);
      expect(recap.characters.map((tag) => tag.character.name).sort()).toEqual([
        'Aidan Shaw',
        'Carrie Bradshaw',
        'Miranda Hobbes',
        'Steve Brady',
      ]);
    });

    it('suggests storylines whose characters are all mentioned', async () => {
      const recap = await recapOfLine(14);
      expect(recap.storylines.map((tag) => [tag.storyline.title, tag.source]).sort()).toEqual([
        ['Carrie & Aidan', 'SUGGESTED'],
        ['Carries Wohnung', 'SUGGESTED'],
        ['Miranda & Steve', 'SUGGESTED'],
      ]);
    });
  });

  describe('running the import again', () => {
    let before: RowCounts;
    let report: ImportReport;
    beforeAll(async () => {
      before = await countRows(database.db);
      report = await importRecaps(database.db, source, { catalog, now: new Date('2026-02-01T00:00:00Z') });
    });

    it('reports all 50 recaps as unchanged and creates nothing', () => {
      expect(report.counts).toEqual({ published: 0, draft: 0, inbox: 0, duplicate: 1, intro: 1, unchanged: 50 });
      expect(report.catalog).toEqual({ episodes: 0, characters: 0, storylines: 0 });
    });

    it('leaves every table exactly as it was', async () => {
      expect(before.recap).toBe(50);
      expect(await countRows(database.db)).toEqual(before);
    });

    it('does not touch the stored recaps', async () => {
      expect(await database.db.recap.count({ where: { publishedAt: { not: now }, status: 'PUBLISHED' } })).toBe(0);
    });
  });

  describe('a dry run after the import', () => {
    it('reports nothing new and writes nothing', async () => {
      const before = await countRows(database.db);
      const report = await importRecaps(database.db, source, { catalog, dryRun: true });
      expect(report.counts).toEqual({ published: 0, draft: 0, inbox: 0, duplicate: 1, intro: 1, unchanged: 50 });
      expect(await countRows(database.db)).toEqual(before);
    });
  });
});
