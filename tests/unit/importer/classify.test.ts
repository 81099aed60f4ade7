import { describe, expect, it } from 'vitest';
import { classifyEntries, type EpisodeSlot, hashRecapText } from '@/lib/importer/classify';
import { type ImportEntry, ImportFileError } from '@/lib/importer/entry';

const file = 'recaps.txt';
const episodes: EpisodeSlot[] = [
  { id: 11, season: 1, number: 1, hasRecap: false },
  { id: 12, season: 1, number: 2, hasRecap: false },
  { id: 13, season: 1, number: 3, hasRecap: true },
];

const classify = (entries: ImportEntry[], importedHashes = new Set<string>()) =>
  classifyEntries(entries, { file, episodes, importedHashes });

describe('classifyEntries', () => {
  it('publishes a mapped entry on its episode', () => {
    const { outcomes, recaps } = classify([{ line: 2, text: 'Carrie schreibt.', season: 1, episode: 1, confidence: 'high' }]);
    expect(outcomes).toEqual([{ kind: 'published', line: 2, code: 'S01E01', note: null }]);
    expect(recaps).toMatchObject([{ status: 'PUBLISHED', episodeId: 11, code: 'S01E01', note: null, hash: hashRecapText('Carrie schreibt.') }]);
  });

  it('keeps a low-confidence entry as a draft on its episode, whatever the letter case', () => {
    const { outcomes, recaps } = classify([
      { line: 2, text: 'Vielleicht Folge 1.', season: 1, episode: 1, confidence: 'low' },
      { line: 3, text: 'Vielleicht Folge 2.', season: 1, episode: 2, confidence: 'LOW' },
    ]);
    expect(outcomes.map((o) => o.kind)).toEqual(['draft', 'draft']);
    expect(recaps).toMatchObject([
      { status: 'DRAFT', episodeId: 11, code: 'S01E01', note: 'Zuordnung unsicher: bitte prüfen' },
      { status: 'DRAFT', episodeId: 12, code: 'S01E02', note: 'Zuordnung unsicher: bitte prüfen' },
    ]);
  });

  it('sends an entry without episode to the inbox', () => {
    const { outcomes, recaps } = classify([{ line: 4, text: 'Eine Notiz.' }]);
    expect(outcomes).toEqual([{ kind: 'inbox', line: 4, code: null, note: null }]);
    expect(recaps).toMatchObject([{ status: 'DRAFT', episodeId: null }]);
  });

  it('skips the intro without planning a recap', () => {
    const { outcomes, recaps } = classify([{ line: 1, text: 'Chris und Nils …', note: 'Intro' }]);
    expect(outcomes).toEqual([{ kind: 'intro', line: 1 }]);
    expect(recaps).toEqual([]);
  });

  it('only treats a note starting with the word "intro" as the intro', () => {
    const { outcomes } = classify([{ line: 1, text: 'Text.', note: 'introspektiv' }]);
    expect(outcomes[0]?.kind).toBe('inbox');
  });

  it('reports an exact duplicate, also with different whitespace, as a duplicate of the first line', () => {
    const { outcomes, recaps } = classify([
      { line: 5, text: 'Carrie und Big.', season: 1, episode: 1 },
      { line: 6, text: '  Carrie   und Big. ', season: 1, episode: 1 },
    ]);
    expect(outcomes[1]).toEqual({ kind: 'duplicate', line: 6, of: 5 });
    expect(recaps).toHaveLength(1);
  });

  it('sends a second, different text for the same episode to the inbox with a note naming the first line', () => {
    const { outcomes, recaps } = classify([
      { line: 51, text: 'Erste Fassung.', season: 1, episode: 2 },
      { line: 52, text: 'Zweite Fassung.', season: 1, episode: 2 },
    ]);
    expect(outcomes[1]).toEqual({ kind: 'inbox', line: 52, code: 'S01E02', note: 'Zweite Fassung zu S01E02 (erste: Zeile 51)' });
    expect(recaps[1]).toMatchObject({ status: 'DRAFT', episodeId: null });
  });

  it('sends a text for an episode that already has a recap to the inbox', () => {
    const { outcomes } = classify([{ line: 3, text: 'Neu.', season: 1, episode: 3 }]);
    expect(outcomes).toEqual([{ kind: 'inbox', line: 3, code: 'S01E03', note: 'S01E03 hatte schon ein Recap' }]);
  });

  it('reports a text imported before as unchanged and plans nothing for it', () => {
    const { outcomes, recaps } = classify([{ line: 2, text: 'Schon da.', season: 1, episode: 1 }], new Set([hashRecapText('Schon da.')]));
    expect(outcomes).toEqual([{ kind: 'unchanged', line: 2 }]);
    expect(recaps).toEqual([]);
  });

  it('rejects an episode missing from the catalog and names the line', () => {
    expect(() => classify([{ line: 9, text: 'Staffel 9.', season: 9, episode: 1 }])).toThrow(
      new ImportFileError(file, 9, 'S09E01 gibt es nicht im Episodenverzeichnis'),
    );
  });
});

describe('hashRecapText', () => {
  it('is the same for whitespace variants and different for different texts', () => {
    expect(hashRecapText('a  b\n')).toBe(hashRecapText('a b'));
    expect(hashRecapText('a b')).not.toBe(hashRecapText('a c'));
    expect(hashRecapText('a b')).toMatch(/^[0-9a-f]{64}$/);
  });
});
