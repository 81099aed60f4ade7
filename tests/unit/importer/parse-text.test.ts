import { describe, expect, it } from 'vitest';
import { ImportFileError, maxRecapLength } from '@/lib/importer/entry';
import { parseRecapLines } from '@/lib/importer/parse-text';

const file = 'recaps.txt';

describe('parseRecapLines', () => {
  it('makes one entry per line, numbered by its line in the file', () => {
    expect(parseRecapLines('Eins.\nZwei.\nDrei.', file)).toEqual([
      { line: 1, text: 'Eins.' },
      { line: 2, text: 'Zwei.' },
      { line: 3, text: 'Drei.' },
    ]);
  });

  it('skips blank and whitespace-only lines but keeps counting them', () => {
    expect(parseRecapLines('\nEins.\n   \n\t\nFünf.\n\n', file)).toEqual([
      { line: 2, text: 'Eins.' },
      { line: 5, text: 'Fünf.' },
    ]);
  });

  it('drops a byte order mark so the first line is not changed', () => {
    expect(parseRecapLines('\uFEFFCarrie schreibt.\nZwei.', file)[0]).toEqual({ line: 1, text: 'Carrie schreibt.' });
  });

  it('reads CRLF line ends without leaving carriage returns in the text', () => {
    expect(parseRecapLines('Eins.\r\nZwei.\r\n', file)).toEqual([
      { line: 1, text: 'Eins.' },
      { line: 2, text: 'Zwei.' },
    ]);
  });

  it('trims the text but keeps tabs inside it', () => {
    expect(parseRecapLines('  Carrie\tund Big  ', file)).toEqual([{ line: 1, text: 'Carrie\tund Big' }]);
  });

  it('rejects control characters and names the line', () => {
    expect(() => parseRecapLines('Gut.\nAuch gut.\nKaputt\u0000.', file)).toThrow(
      new ImportFileError(file, 3, 'enthält Steuerzeichen – ist das eine Textdatei?'),
    );
    expect(() => parseRecapLines('Glocke \u0007', file)).toThrow(`${file}, Zeile 1: enthält Steuerzeichen`);
    expect(() => parseRecapLines('Löschen \u007F', file)).toThrow(`${file}, Zeile 1: enthält Steuerzeichen`);
  });

  it('rejects a line longer than the maximum recap length and names it', () => {
    const long = 'a'.repeat(maxRecapLength + 1);
    expect(() => parseRecapLines(`Kurz.\n${long}`, file)).toThrow(`${file}, Zeile 2: ist länger als 100.000 Zeichen`);
    expect(parseRecapLines('a'.repeat(maxRecapLength), file)).toHaveLength(1);
  });

  it('rejects a file without any recap', () => {
    expect(() => parseRecapLines('\n  \n', file)).toThrow(`${file}: enthält keine Recaps`);
  });
});
