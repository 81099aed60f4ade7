import { describe, expect, it } from 'vitest';
import { decodeUtf8, ImportFileError, normaliseText } from '@/lib/importer/entry';

const encode = (text: string) => new TextEncoder().encode(text);

describe('decodeUtf8', () => {
  it('decodes valid UTF-8 including umlauts', () => {
    expect(decodeUtf8(encode('Schöne Grüße'), 'a.txt')).toBe('Schöne Grüße');
  });

  it('rejects invalid bytes and names the line they are on', () => {
    const bytes = new Uint8Array([...encode('Eins\nZwei\nDr'), 0xc3, 0x28, ...encode('i\nVier')]);
    let caught: unknown;
    try {
      decodeUtf8(bytes, 'a.txt');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ImportFileError);
    expect((caught as ImportFileError).line).toBe(3);
    expect((caught as ImportFileError).message).toBe('a.txt, Zeile 3: ungültige Zeichenkodierung (die Datei muss UTF-8 sein)');
  });

  it('rejects Latin-1 text (an umlaut saved by an old editor)', () => {
    expect(() => decodeUtf8(new Uint8Array([0x47, 0x72, 0xfc, 0xdf, 0x65]), 'alt.txt')).toThrow('alt.txt, Zeile 1:');
  });
});

describe('normaliseText', () => {
  it('folds whitespace and trims, so reformatted copies count as the same text', () => {
    expect(normaliseText('  Carrie \t und\n\nBig ')).toBe('Carrie und Big');
  });

  it('normalises Unicode, so a decomposed umlaut equals the composed one', () => {
    expect(normaliseText('Gru\u0308ße')).toBe(normaliseText('Grüße'));
  });
});
