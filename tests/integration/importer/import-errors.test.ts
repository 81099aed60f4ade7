import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import type { Catalog } from '@/lib/catalog/schema';
import { decodeUtf8, ImportFileError } from '@/lib/importer/entry';
import { importRecaps, type ImportSource } from '@/lib/importer/import-recaps';
import { countRows, freshDatabase, type RowCounts, type TestDatabase } from '@/tests/helpers/database';
import { seedMapFile, seedSource, seedTextFile, withSeedLine } from '@/tests/helpers/seed';

/** The error an import raised, or a failure when it raised none. */
async function importError(run: () => Promise<unknown>): Promise<ImportFileError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error('Der Import hätte mit einem ImportFileError abbrechen müssen.');
}

describe('importRecaps with malformed input', () => {
  let database: TestDatabase;
  let seed: Awaited<ReturnType<typeof seedSource>>;
  let catalog: Catalog;

  beforeAll(async () => {
    [database, seed, catalog] = await Promise.all([freshDatabase(), seedSource(), loadCatalog()]);
  });
  afterAll(async () => {
    await database?.cleanup();
  });

  /** The seed mapping with row `line`'s season and episode replaced. */
  const mapWith = (line: number, season: number, episode: number) => ({
    file: seedMapFile,
    content: seed.map.content.replace(new RegExp(`^${line}\\t\\d*\\t\\d*\\t`, 'm'), `${line}\t${season}\t${episode}\t`),
  });

  describe('on an empty database', () => {
    it('an unknown episode, found after the catalog was synced in the transaction, leaves every table empty', async () => {
      const map = mapWith(5, 9, 1);
      expect(map.content).toMatch(/^5\t9\t1\t/m);

      const error = await importError(() => importRecaps(database.db, { ...seed, map }, { catalog }));

      expect(error.message).toBe(`${seedTextFile}, Zeile 5: S09E01 gibt es nicht im Episodenverzeichnis`);
      expect(error.line).toBe(5);
      // syncCatalog had already created 94 episodes inside the transaction; none may survive.
      expect(await countRows(database.db)).toEqual({
        show: 0,
        season: 0,
        episode: 0,
        character: 0,
        storyline: 0,
        recap: 0,
        revision: 0,
        recapCharacter: 0,
        recapStoryline: 0,
      });
    });
  });

  describe('after the seed import', () => {
    let before: RowCounts;
    beforeAll(async () => {
      await importRecaps(database.db, seed, { catalog });
      before = await countRows(database.db);
    });

    const expectNothingWritten = async () => {
      expect(before.recap).toBe(50);
      expect(await countRows(database.db)).toEqual(before);
    };

    it('a map row naming a season that does not exist names the line and writes nothing', async () => {
      // Line 53 is valid and new (S01E01 has no recap); line 54 names a season the show never had.
      const content = `${seed.content.trimEnd()}\nEin neuer Text für eine freie Folge.\nEin Text für Staffel 9.\n`;
      const map = {
        file: seedMapFile,
        content: `${seed.map.content.trimEnd()}\n53\t1\t1\thigh\t\n54\t9\t3\thigh\t\n`,
      };

      const error = await importError(() => importRecaps(database.db, { ...seed, content, map }, { catalog }));

      expect(error.message).toBe(`${seedTextFile}, Zeile 54: S09E03 gibt es nicht im Episodenverzeichnis`);
      await expectNothingWritten();
    });

    it('control characters in a line name the line and write nothing', async () => {
      const content = withSeedLine(seed.content, 7, 'Carrie \u0007 klingelt.');

      const error = await importError(() => importRecaps(database.db, { ...seed, content }, { catalog }));

      expect(error.message).toBe(`${seedTextFile}, Zeile 7: enthält Steuerzeichen – ist das eine Textdatei?`);
      await expectNothingWritten();
    });

    it('invalid UTF-8 names the line it is on and nothing is imported', async () => {
      const good = new TextEncoder().encode('Erste Zeile.\nZweite Zeile.\nDritte ');
      const bytes = new Uint8Array([...good, 0xff, 0xfe, ...new TextEncoder().encode(' Zeile.\n')]);

      // As `npm run import` does: decode, then import.
      const error = await importError(async () => {
        const content = decodeUtf8(bytes, 'kaputt.txt');
        return importRecaps(database.db, { kind: 'text', file: 'kaputt.txt', content }, { catalog });
      });

      expect(error.message).toBe('kaputt.txt, Zeile 3: ungültige Zeichenkodierung (die Datei muss UTF-8 sein)');
      await expectNothingWritten();
    });

    it('a map file with a wrong header names line 1 and writes nothing', async () => {
      const map = { file: seedMapFile, content: seed.map.content.replace(/^line\tseason\tepisode/, 'zeile\tstaffel\tfolge') };
      expect(map.content.startsWith('zeile')).toBe(true);

      const error = await importError(() => importRecaps(database.db, { ...seed, map }, { catalog }));

      expect(error.message).toMatch(new RegExp(`^${seedMapFile.replaceAll('.', '\\.')}, Zeile 1: Kopfzeile muss mit „line⇥season⇥episode“ beginnen$`));
      await expectNothingWritten();
    });

    it('a JSON recap without text names the entry (in German) and writes nothing', async () => {
      const source: ImportSource = {
        kind: 'json',
        file: 'recaps.json',
        content: JSON.stringify({ recaps: [{ season: 1, episode: 1, text: 'Carrie schreibt.' }, { season: 1, episode: 2 }] }),
      };

      const error = await importError(() => importRecaps(database.db, source, { catalog }));

      expect(error.message).toBe('recaps.json: Recap 2 (text): Text fehlt');
      await expectNothingWritten();
    });

    it('a JSON recap tagging an unknown character names the entry and rolls back the recaps before it', async () => {
      const source: ImportSource = {
        kind: 'json',
        file: 'recaps.json',
        content: JSON.stringify({
          recaps: [
            // Valid and new: written inside the transaction before entry 2 fails.
            { text: 'Ein neuer Text für den Eingang.', characters: ['Carrie'] },
            { text: 'Noch ein neuer Text.', characters: ['Carrie', 'Mr. Pussy'] },
          ],
        }),
      };

      const error = await importError(() => importRecaps(database.db, source, { catalog }));

      expect(error.message).toBe('recaps.json: Recap 2: unbekannte Figur „Mr. Pussy“');
      await expectNothingWritten();
      expect(await database.db.recap.count({ where: { plainText: 'Ein neuer Text für den Eingang.' } })).toBe(0);
    });

    it('a JSON recap tagging an unknown storyline names the entry and writes nothing', async () => {
      const source: ImportSource = {
        kind: 'json',
        file: 'recaps.json',
        content: JSON.stringify({ recaps: [{ text: 'Ein Text.', storylines: ['Carrie & Berger'] }] }),
      };

      const error = await importError(() => importRecaps(database.db, source, { catalog }));

      expect(error.message).toBe('recaps.json: Recap 1: unbekannter Handlungsstrang „Carrie & Berger“');
      await expectNothingWritten();
    });

    it('still imports once the input is fixed (the errors above left no lock or half state)', async () => {
      const report = await importRecaps(database.db, seed, { catalog });
      expect(report.counts.unchanged).toBe(50);
      await expectNothingWritten();
    });
  });
});
