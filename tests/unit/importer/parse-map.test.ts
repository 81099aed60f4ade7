import { describe, expect, it } from 'vitest';
import { ImportFileError } from '@/lib/importer/entry';
import { parseRecapMap } from '@/lib/importer/parse-map';

const header = 'line\tseason\tepisode\tconfidence\tnote';
const file = 'zuordnung.tsv';

function errorOf(content: string): ImportFileError {
  try {
    parseRecapMap(content, file);
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error('parseRecapMap hätte einen ImportFileError werfen müssen');
}

describe('parseRecapMap', () => {
  it('reads rows keyed by recap line, with optional confidence and note', () => {
    const rows = parseRecapMap(`${header}\n1\t\t\t\tintro\n2\t4\t18\thigh\tMiranda gives birth\n3\t4\t17\n`, file);
    expect([...rows.values()]).toEqual([
      { line: 1, season: undefined, episode: undefined, confidence: undefined, note: 'intro' },
      { line: 2, season: 4, episode: 18, confidence: 'high', note: 'Miranda gives birth' },
      { line: 3, season: 4, episode: 17, confidence: undefined, note: undefined },
    ]);
  });

  it('keeps tabs inside the note and ignores blank rows, a BOM and CRLF line ends', () => {
    const rows = parseRecapMap(`\uFEFF${header}\r\n\r\n5\t2\t3\tlow\teins\tzwei\r\n`, file);
    expect(rows.get(5)).toEqual({ line: 5, season: 2, episode: 3, confidence: 'low', note: 'eins\tzwei' });
    expect(rows.size).toBe(1);
  });

  it('accepts the three required columns alone, in any letter case', () => {
    expect(parseRecapMap('Line\tSeason\tEpisode\n2\t1\t1', file).get(2)).toMatchObject({ season: 1, episode: 1 });
  });

  it('rejects a wrong header on line 1', () => {
    const error = errorOf('zeile\tstaffel\tfolge\n2\t1\t1\n');
    expect(error.line).toBe(1);
    expect(error.message).toBe(`${file}, Zeile 1: Kopfzeile muss mit „line⇥season⇥episode“ beginnen`);
  });

  it('rejects columns in the wrong order', () => {
    expect(errorOf('line\tepisode\tseason\n').line).toBe(1);
  });

  it('rejects a season that is not a positive whole number and names the row', () => {
    const error = errorOf(`${header}\n2\t4\t18\n3\tvier\t17\n`);
    expect(error.message).toBe(`${file}, Zeile 3: Staffel „vier“ ist keine positive ganze Zahl`);
  });

  it('rejects zero, negative and fractional numbers', () => {
    expect(errorOf(`${header}\n2\t0\t1\n`).message).toContain('Staffel „0“');
    expect(errorOf(`${header}\n2\t1\t-1\n`).message).toContain('Folge „-1“');
    expect(errorOf(`${header}\n2\t1\t1.5\n`).message).toContain('Folge „1.5“');
  });

  it('rejects a row without line number', () => {
    expect(errorOf(`${header}\n\t1\t1\n`).message).toBe(`${file}, Zeile 2: Zeilennummer fehlt`);
  });

  it('rejects a season without episode', () => {
    expect(errorOf(`${header}\n2\t4\t\n`).message).toBe(
      `${file}, Zeile 2: Staffel und Folge gehören zusammen: beide angeben oder beide leer lassen`,
    );
  });

  it('rejects a line mapped twice and names the second row', () => {
    expect(errorOf(`${header}\n2\t4\t18\n2\t4\t17\n`).message).toBe(`${file}, Zeile 3: Zeile 2 ist schon zugeordnet`);
  });
});
