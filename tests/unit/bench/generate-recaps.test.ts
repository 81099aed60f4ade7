import { describe, expect, it } from 'vitest';
import { generateArchiveFromSeed, toImportJson } from '@/bench/lib/generate-recaps';
import { parseRecapJson } from '@/lib/importer/parse-json';

describe('generateArchiveFromSeed', () => {
  it('produces the same archive for the same seed and a different one for another seed', async () => {
    const a = await generateArchiveFromSeed(200, 7);
    const b = await generateArchiveFromSeed(200, 7);
    const c = await generateArchiveFromSeed(200, 8);
    expect(toImportJson(a)).toBe(toImportJson(b));
    expect(toImportJson(a)).not.toBe(toImportJson(c));
  });

  it('writes German text from the hosts’ vocabulary, tagged with characters it mentions', async () => {
    const { recaps } = await generateArchiveFromSeed(100, 1);
    const all = recaps.map((recap) => recap.text).join(' ');
    for (const word of [' und ', ' die ', ' nicht ']) expect(all).toContain(word);
    expect(all).toMatch(/[äöüß]/);
    const tagged = recaps.find((recap) => recap.characters.includes('Carrie'));
    expect(tagged?.text).toMatch(/Carrie/);
  });

  it('fills the real episodes first, adds generated seasons beyond them, one distinct recap per episode', async () => {
    const archive = await generateArchiveFromSeed(1_500, 1);
    expect(archive.recaps).toHaveLength(1_500);
    expect(archive.recaps[0]).toMatchObject({ season: 1, episode: 1 });
    expect(archive.recaps.at(-1)?.season).toBeGreaterThan(6);
    expect(archive.catalog.episodes.episodes).toHaveLength(1_500);
    expect(new Set(archive.recaps.map((r) => `${r.season}:${r.episode}`)).size).toBe(1_500);
    expect(new Set(archive.recaps.map((r) => r.text)).size).toBe(1_500);
    // The importer's own parser accepts it.
    expect(parseRecapJson(toImportJson(archive), 'bench.json')).toHaveLength(1_500);
  });
});
