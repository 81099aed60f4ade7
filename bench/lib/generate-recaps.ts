// Synthetic but realistic German recaps for scale benchmarks. Everything comes from the
// seed (the hosts' own sentences, the show's characters and storylines), so the search
// index sees the same vocabulary, compounds and name forms as in production; only the
// combination is random. A seed number makes every run produce the same archive, so two
// runs of a bench are comparable.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadCatalog, seedDir } from '@/lib/catalog/load';
import type { Catalog } from '@/lib/catalog/schema';

export type GeneratedRecap = { season: number; episode: number; text: string; characters: string[]; storylines: string[] };
export type GeneratedArchive = { catalog: Catalog; recaps: GeneratedRecap[] };
export type Vocabulary = { sentences: string[]; words: string[] };

/** Seeded PRNG (mulberry32): tiny, fast and identical on every machine, unlike Math.random. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Sentences and capitalised words (mostly nouns) of the hosts' recaps; line 1 is the podcast intro, not a recap. */
export function vocabularyOf(recapsText: string): Vocabulary {
  const lines = recapsText.split('\n').map((line) => line.trim()).filter(Boolean).slice(1);
  const sentences = lines.flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-ZÄÖÜ„"(])/u)).filter((s) => s.length >= 20);
  const words = [...new Set(lines.join(' ').match(/\b[A-ZÄÖÜ][a-zäöüß]{4,}\b/gu) ?? [])].sort();
  return { sentences, words };
}

const episodesPerSeason = 1_000;
// Seasons 1–6 are the real show; generated ones follow, so real episode pages stay as they are.
const firstGeneratedSeason = 7;

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('leere Auswahl');
  return item;
}

/**
 * `count` published recaps, one per episode: the real show's 94 episodes first, then
 * generated seasons of 1000 episodes each (added to the returned catalog, so the product's
 * importer creates them). Each recap is 5–12 sentences of the hosts' own text with the
 * characters it mentions and, where all of a storyline's characters occur, that storyline
 * as manual tags.
 */
export function generateArchive(vocabulary: Vocabulary, baseCatalog: Catalog, count: number, seed = 1): GeneratedArchive {
  const random = seededRandom(seed);
  const slots = baseCatalog.episodes.episodes.map((e) => ({ season: e.season, episode: e.number }));
  const extraEpisodes: Catalog['episodes']['episodes'] = [];
  for (let i = 0; slots.length < count; i++) {
    const season = firstGeneratedSeason + Math.floor(i / episodesPerSeason);
    const episode = (i % episodesPerSeason) + 1;
    const title = `${pick(vocabulary.words, random)} und ${pick(vocabulary.words, random)}`;
    extraEpisodes.push({ season, number: episode, title, airDateVerified: false });
    slots.push({ season, episode });
  }
  const characters = baseCatalog.characters.characters.map((c) => ({
    ...c,
    // Whole words only, like the importer's suggestions: "Big" but not "Bigamist".
    pattern: new RegExp(`(?<![\\p{L}])(?:${[c.short, ...c.aliases].map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'u'),
  }));
  const storylines = baseCatalog.characters.storylines;
  const seen = new Set<string>();
  const recaps: GeneratedRecap[] = [];
  for (const slot of slots.slice(0, count)) {
    let text = '';
    // Re-draw on the (rare) exact repeat: the importer would report it as a duplicate.
    while (text === '' || seen.has(text)) {
      const length = 5 + Math.floor(random() * 8);
      text = Array.from({ length }, () => pick(vocabulary.sentences, random)).join(' ');
    }
    seen.add(text);
    const mentioned = characters.filter((c) => c.pattern.test(text));
    const names = new Set(mentioned.map((c) => c.name));
    recaps.push({
      ...slot,
      text,
      characters: mentioned.slice(0, 4).map((c) => c.short),
      storylines: storylines.filter((s) => s.characters.every((name) => names.has(name))).slice(0, 2).map((s) => s.title),
    });
  }
  const catalog: Catalog = {
    characters: baseCatalog.characters,
    episodes: { ...baseCatalog.episodes, episodes: [...baseCatalog.episodes.episodes, ...extraEpisodes] },
  };
  return { catalog, recaps };
}

/** generateArchive over data/seed. */
export async function generateArchiveFromSeed(count: number, seed = 1, dir = seedDir): Promise<GeneratedArchive> {
  const [text, catalog] = await Promise.all([readFile(path.join(dir, 'rewatch-recaps.de.txt'), 'utf8'), loadCatalog(dir)]);
  return generateArchive(vocabularyOf(text), catalog, count, seed);
}

/** The archive as the importer's JSON format (docs/import-format.md). */
export function toImportJson(archive: GeneratedArchive): string {
  return JSON.stringify({ recaps: archive.recaps });
}
