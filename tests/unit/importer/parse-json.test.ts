import { describe, expect, it } from 'vitest';
import { ImportFileError } from '@/lib/importer/entry';
import { parseRecapJson } from '@/lib/importer/parse-json';

const file = 'recaps.json';
const parse = (value: unknown) => parseRecapJson(typeof value === 'string' ? value : JSON.stringify(value), file);

function messageOf(value: unknown): string {
  try {
    parse(value);
  } catch (error) {
    if (error instanceof ImportFileError) return error.message;
    throw error;
  }
  throw new Error('parseRecapJson hätte einen ImportFileError werfen müssen');
}

describe('parseRecapJson', () => {
  it('numbers entries from 1 and keeps tags', () => {
    expect(
      parse({ recaps: [{ season: 4, episode: 18, text: ' Text ', characters: ['Carrie'], storylines: ['Carrie & Big'] }, { text: 'Zwei' }] }),
    ).toEqual([
      { line: 1, season: 4, episode: 18, text: 'Text', characters: ['Carrie'], storylines: ['Carrie & Big'] },
      { line: 2, text: 'Zwei' },
    ]);
  });

  it('accepts a byte order mark', () => {
    expect(parse(`\uFEFF${JSON.stringify({ recaps: [{ text: 'a' }] })}`)).toHaveLength(1);
  });

  it('names the entry whose text is missing or empty, in German', () => {
    expect(messageOf({ recaps: [{ text: 'a' }, { season: 1, episode: 2 }] })).toBe(`${file}: Recap 2 (text): Text fehlt`);
    expect(messageOf({ recaps: [{ text: '   ' }] })).toBe(`${file}: Recap 1 (text): Text fehlt`);
  });

  it('names the entry with season but no episode', () => {
    expect(messageOf({ recaps: [{ text: 'a' }, { text: 'b', season: 2 }] })).toBe(
      `${file}: Recap 2: Staffel und Folge gehören zusammen: beide angeben oder beide weglassen`,
    );
  });

  it('explains zod’s own problems in German too (wrong type, unknown field)', () => {
    expect(messageOf({ recaps: [{ text: 5 }] })).toMatch(/^recaps\.json: Recap 1 \(text\): Ungültige Eingabe/);
    expect(messageOf({ recaps: [{ text: 'a', staffel: 1 }] })).toMatch(/^recaps\.json: Recap 1: Unbekannter Schlüssel: "staffel"/);
  });

  it('rejects broken JSON and an empty list', () => {
    expect(messageOf('{"recaps": [')).toMatch(/^recaps\.json: kein gültiges JSON/);
    expect(messageOf({ recaps: [] })).toBe(`${file}: enthält keine Recaps`);
  });
});
