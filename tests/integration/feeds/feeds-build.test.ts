import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useDb } from '@/lib/db/client';
import { listRecapsForFeed } from '@/lib/episodes/queries';
import { archiveFeedInfo, buildFeed } from '@/lib/feeds/build';
import { importSeed } from '@/lib/seed/import-seed';
import { freshDatabase, type TestDatabase } from '@/tests/helpers/database';

// Every feed is read back with a real feed parser; drafts and scheduled recaps never appear.
let database: TestDatabase;
const parser = new Parser();

beforeAll(async () => {
  database = await freshDatabase();
  await importSeed(database.db);
  const free = await database.db.episode.findMany({ where: { recap: null }, take: 2, select: { id: true } });
  const [draft, scheduled] = free;
  if (!draft || !scheduled) throw new Error('seed needs two episodes without recap');
  await database.db.recap.create({ data: { episodeId: draft.id, status: 'DRAFT', body: {}, plainText: 'Entwurf', excerpt: 'Geheimer Entwurf' } });
  await database.db.recap.create({
    data: { episodeId: scheduled.id, status: 'PUBLISHED', publishedAt: new Date(Date.now() + 86_400_000), body: {}, plainText: 'Morgen', excerpt: 'Erscheint morgen' },
  });
  useDb(database.db);
});
afterAll(async () => {
  await database?.cleanup();
});

describe('archive feeds', () => {
  it.each(['rss', 'atom'] as const)('%s parses with every published recap and nothing else', async (format) => {
    const feed = await parser.parseString(buildFeed(archiveFeedInfo, await listRecapsForFeed(), format));
    expect(feed.title).toContain('Rewatch');
    expect(feed.items).toHaveLength(48);
    for (const item of feed.items) {
      expect(item.link).toMatch(/\/episode\/s0[2-4]e\d\d-/);
      expect(item.title).toMatch(/^S0\dE\d\d /);
    }
    const text = JSON.stringify(feed);
    expect(text).not.toContain('Geheimer Entwurf');
    expect(text).not.toContain('Erscheint morgen');
  });

  it('JSON Feed 1.1 parses as JSON with the same items', async () => {
    const json = JSON.parse(buildFeed(archiveFeedInfo, await listRecapsForFeed(), 'json')) as { version: string; items: { url: string; content_html: string }[] };
    expect(json.version).toMatch(/jsonfeed\.org\/version\/1/);
    expect(json.items).toHaveLength(48);
    expect(json.items.every((item) => item.content_html.startsWith('<p>'))).toBe(true);
  });

  it('per character: only recaps tagged with that character', async () => {
    const episodes = await listRecapsForFeed({ character: 'brady-hobbes' });
    const feed = await parser.parseString(
      buildFeed({ title: 'Rewatch – Brady', description: 'Brady', path: '/figuren/brady-hobbes', feeds: { rss: '/figuren/brady-hobbes/feed.xml' } }, episodes, 'rss'),
    );
    expect(feed.items.length).toBeGreaterThan(0);
    expect(feed.items.length).toBeLessThan(48);
    expect(feed.items.map((item) => item.link)).toContainEqual(expect.stringContaining('/episode/s04e18-i-heart-ny'));
  });

  it('per storyline: in the feed, every item carries the storyline as category', async () => {
    const episodes = await listRecapsForFeed({ storyline: 'carrie-bei-der-vogue' });
    const feed = await parser.parseString(buildFeed({ title: 'Vogue', description: 'Vogue', path: '/x', feeds: { rss: '/x/feed.xml' } }, episodes, 'rss'));
    expect(feed.items.length).toBeGreaterThan(0);
    expect(feed.items.every((item) => (item.categories ?? []).includes('Carrie bei der Vogue'))).toBe(true);
  });
});
