import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArchiveFromSeed, toImportJson } from '@/bench/lib/generate-recaps';
import { useDb } from '@/lib/db/client';
import { env } from '@/lib/env';
import { importRecaps } from '@/lib/importer/import-recaps';
import { countBound, maxPage, type SearchParams } from '@/lib/search/params';
import { searchRecaps } from '@/lib/search/queries';
import { freshDatabase, type TestDatabase } from '@/tests/helpers/database';

// An archive large enough that broad words match more recaps than a search ranks or counts:
// what a listener sees must stay honest (bounded counts say so, every page is reachable and
// continues where the last one stopped) and the bounded ranking must equal ranking everything.
let database: TestDatabase;
const size = 1_500;

beforeAll(async () => {
  database = await freshDatabase();
  const archive = await generateArchiveFromSeed(size, 3);
  const report = await importRecaps(database.db, { kind: 'json', file: 'gross.json', content: toImportJson(archive) }, { catalog: archive.catalog });
  expect(report.counts.published).toBe(size);
  useDb(database.db, database.url);
}, 300_000);
afterAll(async () => {
  await database?.cleanup();
});

const params = (q: string, filters: Partial<Omit<SearchParams, 'q'>> = {}): SearchParams => ({ q, season: null, character: null, storyline: null, ...filters });

describe('counts', () => {
  it('stop past the bound and say that there are more', async () => {
    const result = await searchRecaps(params('Carrie'));
    expect(result.total).toBe(countBound + 1);
    expect(result.totalExact).toBe(false);
  });

  it('are exact for a rare word', async () => {
    const result = await searchRecaps(params('Vogue'));
    expect(result.totalExact).toBe(true);
    expect(result.total).toBeLessThanOrEqual(countBound);
    const all = await searchRecaps(params('Vogue'), { exhaustive: true, limit: 2_000 });
    expect(result.total).toBe(all.hits.length);
  });
  it('are the same whether they run beside the page (a server) or inside its statement (PGlite)', async () => {
    const queries = [params('Carrie'), params('Vogue'), params('Hochzeit Paris'), params('Schuhe', { season: 2 }), params('Date', { storyline: 'carrie-und-aidan' })];
    const run = async (embedded: '0' | '1') => {
      const before = env.REWATCH_EMBEDDED;
      env.REWATCH_EMBEDDED = embedded;
      try {
        return await Promise.all(queries.map((query) => searchRecaps(query)));
      } finally {
        env.REWATCH_EMBEDDED = before;
      }
    };
    const [beside, inside] = [await run('0'), await run('1')];
    expect(beside.map((result) => result.total)).toEqual(inside.map((result) => result.total));
    expect(beside.some((result) => !result.totalExact && result.total > 0)).toBe(true);
    expect(beside).toEqual(inside);
  });
});

describe('pages', () => {
  it('continue where the previous page stopped, without repeats, in relevance order', async () => {
    const first = await searchRecaps(params('Hochzeit'));
    expect(first.hits).toHaveLength(30);
    expect(first.next).not.toBeNull();
    const second = await searchRecaps(params('Hochzeit'), { cursor: first.next });
    expect(second.page).toBe(2);
    expect(second.hits).toHaveLength(30);
    const slugs = [...first.hits, ...second.hits].map((hit) => hit.slug);
    expect(new Set(slugs).size).toBe(60);
    const ranks = [...first.hits, ...second.hits].map((hit) => hit.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    // The same 60 the exhaustive ranking puts first.
    const all = await searchRecaps(params('Hochzeit'), { exhaustive: true, limit: 60 });
    expect(slugs).toEqual(all.hits.map((hit) => hit.slug));
  });

  it('end at the last hit of a small result: no link to an empty page', async () => {
    const all = await searchRecaps(params('Vogue'), { exhaustive: true, limit: 2_000 });
    let page = await searchRecaps(params('Vogue'), { limit: 5 });
    const seen = [...page.hits];
    while (page.next) {
      page = await searchRecaps(params('Vogue'), { limit: 5, cursor: page.next });
      expect(page.hits.length).toBeGreaterThan(0);
      seen.push(...page.hits);
    }
    expect(seen.map((hit) => hit.slug)).toEqual(all.hits.map((hit) => hit.slug));
  });

  it('stop at the deepest page a search offers', async () => {
    let page = await searchRecaps(params('Carrie'), { limit: 5 });
    while (page.next) page = await searchRecaps(params('Carrie'), { limit: 5, cursor: page.next });
    expect(page.page).toBe(maxPage);
  });
});

describe('the bounded ranking', () => {
  for (const [q, filters] of [
    ['Carrie', {}],
    ['Wohnung', {}],
    ['Charlote', {}],
    ['Big Kalifornien', {}],
    ['Schuhe', { character: 'carrie-bradshaw' }],
    ['Date', { storyline: 'carrie-und-aidan' }],
    ['Baby', { season: 4 }],
  ] as const) {
    it(`puts the same ten first as ranking every match: ${q} ${JSON.stringify(filters)}`, async () => {
      const [bounded, exhaustive] = await Promise.all([
        searchRecaps(params(q, filters), { limit: 10 }),
        searchRecaps(params(q, filters), { limit: 10, exhaustive: true }),
      ]);
      expect(exhaustive.hits.length).toBeGreaterThan(0);
      expect(bounded.hits.map((hit) => hit.slug)).toEqual(exhaustive.hits.map((hit) => hit.slug));
    });
  }

  it('never shows or counts a draft, however well it would rank', async () => {
    const free = await database.db.episode.findFirstOrThrow({ where: { recap: null }, select: { id: true } }).catch(async () => {
      const season = await database.db.season.findFirstOrThrow({ select: { id: true, showId: true } });
      return database.db.episode.create({ data: { seasonId: season.id, showId: season.showId, number: 999, title: 'Carrie Carrie', slug: 's-entwurf' } });
    });
    const before = await searchRecaps(params('Vogue'));
    await database.db.recap.create({
      data: { episodeId: free.id, status: 'DRAFT', body: {}, plainText: 'Vogue Vogue Vogue Vogue Vogue im Entwurf.', excerpt: '' },
    });
    const after = await searchRecaps(params('Vogue'));
    expect(after.total).toBe(before.total);
    expect(after.hits.map((hit) => hit.slug)).toEqual(before.hits.map((hit) => hit.slug));
  });
});

describe('counts without walking', () => {
  it('say "more" from the word frequency only while few recaps are hidden from listeners', async () => {
    const all = await searchRecaps(params('Carrie'), { exhaustive: true, limit: 2_000 });
    expect(all.hits.length).toBeGreaterThan(countBound + 100);
    const keep = countBound - 50;
    const hidden = all.hits.slice(keep).map((hit) => hit.slug);
    await database.db.recap.updateMany({ where: { episode: { slug: { in: hidden } } }, data: { status: 'DRAFT' } });
    try {
      const result = await searchRecaps(params('Carrie'));
      expect(result.total).toBeLessThanOrEqual(keep);
      expect(result.hits.map((hit) => hit.slug)).toEqual(all.hits.slice(0, 30).map((hit) => hit.slug));
    } finally {
      await database.db.recap.updateMany({ where: { episode: { slug: { in: hidden } } }, data: { status: 'PUBLISHED' } });
    }
    expect((await searchRecaps(params('Carrie'))).total).toBe(countBound + 1);
  });

  it('are left out when not asked for, with the same hits', async () => {
    const counted = await searchRecaps(params('Hochzeit'), { limit: 6 });
    const uncounted = await searchRecaps(params('Hochzeit'), { limit: 6, count: false });
    expect(uncounted.hits).toEqual(counted.hits);
    expect(uncounted.totalExact).toBe(false);
    expect(uncounted.total).toBe(6);
  });
});
