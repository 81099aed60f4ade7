import { expect, test } from '@playwright/test';
import Parser from 'rss-parser';

const parser = new Parser();

test('every feed parses and lists only published recaps', async ({ request }) => {
  for (const path of ['/feed.xml', '/atom.xml', '/figuren/miranda-hobbes/feed.xml', '/handlungsstraenge/carrie-bei-der-vogue/feed.xml']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const feed = await parser.parseString(await response.text());
    expect(feed.items.length, path).toBeGreaterThan(0);
    expect(feed.items.every((item) => /\/episode\/s0[2-4]e/.test(item.link ?? '')), path).toBe(true);
  }
  const json = (await (await request.get('/feed.json')).json()) as { items: unknown[] };
  expect(json.items).toHaveLength(48);
});

test('the sitemap is valid and names only public pages; robots points to it', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  expect(xml).toMatch(/^<\?xml[^>]*\?>\s*<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9"/);
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
  expect(locs.filter((loc) => loc.includes('/episode/'))).toHaveLength(48);
  expect(locs.some((loc) => loc.includes('s01e01'))).toBe(false);
  for (const loc of locs.filter((_, index) => index % 9 === 0)) {
    expect((await request.get(new URL(loc).pathname)).status(), loc).toBe(200);
  }
  expect(await (await request.get('/robots.txt')).text()).toMatch(/Sitemap: .*\/sitemap\.xml/);
});

test('chapters JSON of a published episode; none for an unpublished one', async ({ request }) => {
  const chapters = (await (await request.get('/episode/s04e18-i-heart-ny/kapitel.json')).json()) as { version: string; chapters: unknown[] };
  expect(chapters.version).toBe('1.2.0');
  expect(Array.isArray(chapters.chapters)).toBe(true);
  expect((await request.get('/episode/s01e01-sex-and-the-city/kapitel.json')).status()).toBe(404);
});
