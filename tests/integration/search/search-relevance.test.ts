import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useDb } from '@/lib/db/client';
import { publicRecapSql, publicRecapWhere } from '@/lib/recaps/visibility';
import type { SearchParams } from '@/lib/search/params';
import { searchRecaps } from '@/lib/search/queries';
import { importSeed } from '@/lib/seed/import-seed';
import { freshDatabase, type TestDatabase } from '@/tests/helpers/database';

// Real German queries against the hosts' seed recaps (data/seed), with the recaps a
// listener expects to find.
let database: TestDatabase;

beforeAll(async () => {
  database = await freshDatabase();
  await importSeed(database.db);
  useDb(database.db);
});
afterAll(async () => {
  await database?.cleanup();
});

const search = (q: string, filters: Partial<Omit<SearchParams, 'q'>> = {}) =>
  searchRecaps({ q, season: null, character: null, storyline: null, ...filters });
const slugs = async (q: string, filters: Partial<Omit<SearchParams, 'q'>> = {}) => (await search(q, filters)).hits.map((hit) => hit.slug);
const highlighted = (hit: { snippet: { text: string; hit: boolean }[] } | undefined) =>
  (hit?.snippet ?? []).filter((segment) => segment.hit).map((segment) => segment.text.toLowerCase());

describe('German inflections', () => {
  it('"Hochzeiten" finds the recaps about a wedding ("Hochzeit")', async () => {
    expect(await slugs('Hochzeiten')).toEqual(expect.arrayContaining(['s03e12-dont-ask-dont-tell', 's04e15-change-of-a-dress']));
  });

  it('"Freundin" finds "Freundinnen"', async () => {
    const result = await search('Freundin');
    expect(result.hits.map((hit) => hit.slug)).toContain('s04e18-i-heart-ny');
    expect(highlighted(result.hits.find((hit) => hit.slug === 's04e18-i-heart-ny'))).toContain('freundinnen');
  });
});

describe('parts of compounds', () => {
  it('"Hochzeit" finds "Hochzeitsanzeigen" (S03E03) and highlights it', async () => {
    const result = await search('Hochzeit');
    const hit = result.hits.find((entry) => entry.slug === 's03e03-attack-of-the-five-foot-ten-woman');
    expect(hit).toBeDefined();
    expect(highlighted(hit)).toContain('hochzeitsanzeigen');
  });

  it('"Anzeige" finds the end of a compound ("Hochzeitsanzeigen")', async () => {
    expect(await slugs('Anzeige')).toContain('s03e03-attack-of-the-five-foot-ten-woman');
  });

  it('"schwanger" finds "Schwangerschaft"', async () => {
    const result = await search('schwanger');
    expect(result.hits.map((hit) => hit.slug)).toContain('s04e16-ring-a-ding-ding');
    expect(highlighted(result.hits.find((hit) => hit.slug === 's04e16-ring-a-ding-ding'))).toContain('schwangerschaft');
  });

  it('"Schuh" finds Carrie\'s "Louis Vuitton-Schuhe" in S04E18', async () => {
    expect(await slugs('Schuh')).toContain('s04e18-i-heart-ny');
  });
});

describe('typos', () => {
  it('"Miranada" forgives one letter and finds Miranda', async () => {
    const result = await search('Miranada');
    expect(result.total).toBeGreaterThan(10);
    expect(highlighted(result.hits[0])).toContain('miranda');
  });

  it('"Samatha" (a letter missing) finds Samantha', async () => {
    const all = { season: null, character: null, storyline: null };
    const [typo, right] = await Promise.all([searchRecaps({ q: 'Samatha', ...all }, { limit: 100 }), searchRecaps({ q: 'Samantha', ...all }, { limit: 100 })]);
    expect(typo.total).toBeGreaterThan(5);
    expect(typo.hits.map((hit) => hit.slug).sort()).toEqual(right.hits.map((hit) => hit.slug).sort());
  });

  it('two wrong letters in a short word are not forgiven ("Mirxnxa")', async () => {
    expect((await search('Mirxnxa')).hits).toEqual([]);
  });
});

describe('ranking', () => {
  it('ranks a title match above mentions in the body ("Vogue")', async () => {
    expect((await slugs('Vogue'))[0]).toBe('s04e17-a-vogue-idea');
  });

  it('requires every word: "Aidan Ring" finds the engagement, not every Aidan recap', async () => {
    const aidan = await slugs('Aidan');
    const both = await slugs('Aidan Ring');
    expect(both).toContain('s04e12-just-say-yes');
    expect(both.length).toBeLessThan(aidan.length);
  });
});

describe('filters', () => {
  it('by season', async () => {
    const result = await search('Miranda', { season: 2 });
    expect(result.hits.length).toBeGreaterThan(0);
    expect(result.hits.every((hit) => hit.season === 2)).toBe(true);
  });

  it('by character: every hit is tagged with that character', async () => {
    const all = await slugs('Miranda');
    const withCharlotte = await slugs('Miranda', { character: 'charlotte-york' });
    expect(withCharlotte.length).toBeGreaterThan(0);
    expect(withCharlotte.length).toBeLessThan(all.length);
    const tagged = await database.db.episode.count({
      where: { slug: { in: withCharlotte }, recap: { is: { characters: { some: { character: { slug: 'charlotte-york' } } } } } },
    });
    expect(tagged).toBe(withCharlotte.length);
  });

  it('by storyline, also without words (browse the arc)', async () => {
    const result = await search('', { storyline: 'carrie-bei-der-vogue' });
    expect(result.hits.map((hit) => hit.slug)).toContain('s04e17-a-vogue-idea');
  });

  it('a filter that matches nothing gives no hits, not an error', async () => {
    expect((await search('Miranda', { character: 'niemand' })).hits).toEqual([]);
  });

  it('a season or storyline that does not exist gives no hits, with words or without', async () => {
    expect((await search('', { season: 42 })).hits).toEqual([]);
    expect((await search('Miranda', { storyline: 'gibt-es-nicht' })).hits).toEqual([]);
  });

  it('filters combine: every hit is in that season and tagged with that character', async () => {
    const both = await search('Miranda', { season: 2, character: 'charlotte-york' });
    expect(both.hits.length).toBeGreaterThan(0);
    expect(both.hits.every((hit) => hit.season === 2)).toBe(true);
    const tagged = await database.db.episode.count({
      where: { slug: { in: both.hits.map((hit) => hit.slug) }, recap: { is: { characters: { some: { character: { slug: 'charlotte-york' } } } } } },
    });
    expect(tagged).toBe(both.hits.length);
  });
});

describe('only published content', () => {
  beforeAll(async () => {
    const free = await database.db.episode.findMany({ where: { recap: null }, take: 2, select: { id: true } });
    const [draftEpisode, scheduledEpisode] = free;
    if (!draftEpisode || !scheduledEpisode) throw new Error('seed needs two episodes without recap');
    await database.db.recap.create({
      data: { episodeId: draftEpisode.id, status: 'DRAFT', body: {}, plainText: 'Zebraflamingo im Entwurf.', excerpt: '' },
    });
    await database.db.recap.create({
      data: {
        episodeId: scheduledEpisode.id,
        status: 'PUBLISHED',
        publishedAt: new Date(Date.now() + 86_400_000),
        body: {},
        plainText: 'Okapigiraffe erscheint erst morgen.',
        excerpt: '',
      },
    });
  });

  it('drafts are not found', async () => {
    expect((await search('Zebraflamingo')).hits).toEqual([]);
  });

  it('scheduled recaps are not found before their time', async () => {
    expect((await search('Okapigiraffe')).hits).toEqual([]);
  });

  it('the SQL form of the visibility rule picks exactly the recaps the Prisma form does', async () => {
    // Both forms at the same instant: a draft, a scheduled recap, inbox recaps without episode, published ones.
    const now = new Date();
    const viaPrisma = await database.db.recap.findMany({ where: publicRecapWhere(now), select: { id: true }, orderBy: { id: 'asc' } });
    const viaSql = await database.db.$queryRaw<{ id: number }[]>`SELECT r."id" FROM "Recap" r WHERE ${publicRecapSql(now)} ORDER BY r."id"`;
    expect(viaPrisma.length).toBeGreaterThan(40);
    expect(await database.db.recap.count()).toBeGreaterThan(viaPrisma.length);
    expect(viaSql).toEqual(viaPrisma);
  });

  it('a filter alone lists only public recaps, in viewing order', async () => {
    const { hits, total } = await search('', { season: 2 });
    expect(total).toBe(hits.length);
    expect(hits.map((hit) => hit.number)).toEqual([...hits.map((hit) => hit.number)].sort((a, b) => a - b));
    expect(hits.every((hit) => hit.season === 2)).toBe(true);
  });

  it('a recap taken back to draft disappears from the results', async () => {
    expect(await slugs('Vogue')).toContain('s04e17-a-vogue-idea');
    await database.db.recap.updateMany({ where: { episode: { slug: 's04e17-a-vogue-idea' } }, data: { status: 'DRAFT' } });
    expect(await slugs('Vogue')).not.toContain('s04e17-a-vogue-idea');
    await database.db.recap.updateMany({ where: { episode: { slug: 's04e17-a-vogue-idea' } }, data: { status: 'PUBLISHED' } });
  });
});

describe('odd input never errors', () => {
  it.each(['', '   ', '"', "'; DROP TABLE \"Recap\"; --", '&|!:*', '!!!', 'a', '💔👠', '<script>', 'Hoch:*|zeit'])(
    '%j',
    async (q) => {
      const result = await search(q);
      expect(Array.isArray(result.hits)).toBe(true);
    },
  );

  it('a 5000-character query', async () => {
    expect(Array.isArray((await search('Hochzeit '.repeat(600))).hits)).toBe(true);
  });

  it('keeps its index current when a recap changes (database trigger)', async () => {
    const recap = await database.db.recap.findFirstOrThrow({ where: { episode: { slug: 's04e18-i-heart-ny' } } });
    await database.db.recap.update({ where: { id: recap.id }, data: { plainText: `${recap.plainText} Kolibrihochhaus.` } });
    expect(await slugs('Kolibrihochhaus')).toEqual(['s04e18-i-heart-ny']);
  });
});
