import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSeed } from '@/lib/seed/import-seed';
import { freshDatabase, type TestDatabase } from '@/tests/helpers/database';

// The lexicon ("SearchWord") is written only by a trigger; search expands compound parts
// and typos from it, so it must always equal the words of the index, counted per recap.
let database: TestDatabase;

beforeAll(async () => {
  database = await freshDatabase();
  await importSeed(database.db);
});
afterAll(async () => {
  await database?.cleanup();
});

type Row = { word: string; recaps: number };

async function lexicon(): Promise<Row[]> {
  return database.db.$queryRaw<Row[]>`SELECT "word", "recaps" FROM "SearchWord" ORDER BY "word"`;
}

async function recounted(): Promise<Row[]> {
  return database.db.$queryRaw<Row[]>`
    SELECT word, count(*)::int AS recaps
    FROM "RecapSearch", unnest(string_to_array("words", ' ')) AS word
    GROUP BY word ORDER BY word`;
}

async function recapWithFreeEpisode(plainText: string) {
  const episode = await database.db.episode.findFirst({ where: { recap: null }, select: { id: true } });
  if (!episode) throw new Error('seed needs an episode without recap');
  return database.db.recap.create({ data: { episodeId: episode.id, status: 'DRAFT', body: {}, plainText, excerpt: '' } });
}

describe('search lexicon', () => {
  it('holds every indexed word once, with the number of recaps it occurs in', async () => {
    const rows = await lexicon();
    expect(rows.length).toBeGreaterThan(1000);
    expect(rows).toEqual(await recounted());
  });

  it('follows new, edited and deleted recaps: a word leaves with its last recap', async () => {
    const before = (await lexicon()).find((row) => row.word === 'miranda')?.recaps ?? 0;
    const recap = await recapWithFreeEpisode('Lexikonwortneu und Miranda.');
    expect((await lexicon()).find((row) => row.word === 'lexikonwortneu')).toEqual({ word: 'lexikonwortneu', recaps: 1 });
    expect((await lexicon()).find((row) => row.word === 'miranda')?.recaps).toBe(before + 1);

    await database.db.recap.update({ where: { id: recap.id }, data: { plainText: 'Lexikonwortzwei und Miranda.' } });
    const edited = await lexicon();
    expect(edited.some((row) => row.word === 'lexikonwortneu')).toBe(false);
    expect(edited.some((row) => row.word === 'lexikonwortzwei')).toBe(true);

    await database.db.recap.delete({ where: { id: recap.id } });
    const after = await lexicon();
    expect(after.some((row) => row.word === 'lexikonwortzwei')).toBe(false);
    expect(after.find((row) => row.word === 'miranda')?.recaps).toBe(before);
    expect(after).toEqual(await recounted());
  });
});
