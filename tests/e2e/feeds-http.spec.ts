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

/** The <link rel="alternate"> feeds in a page's head, as type → addresses. */
async function advertisedFeeds(html: string): Promise<Map<string, string[]>> {
  const feeds = new Map<string, string[]>();
  for (const [tag] of html.matchAll(/<link rel="alternate"[^>]*>/g)) {
    const type = /type="([^"]+)"/.exec(tag)?.[1] ?? '';
    const href = new URL(/href="([^"]+)"/.exec(tag)?.[1] ?? '', 'http://x').pathname;
    if (type.includes('xml') || type.includes('json')) feeds.set(type, [...(feeds.get(type) ?? []), href]);
  }
  return feeds;
}

test('every public page advertises the archive’s RSS, Atom and JSON feeds; character and storyline pages also their own', async ({ request, page }) => {
  const own: Record<string, string> = {
    '/figuren/miranda-hobbes': '/figuren/miranda-hobbes/feed.xml',
    '/handlungsstraenge/carrie-bei-der-vogue': '/handlungsstraenge/carrie-bei-der-vogue/feed.xml',
  };
  const pages = ['/', '/staffel/4', '/episode/s04e18-i-heart-ny', '/figuren', '/handlungsstraenge', '/suche', '/suche?q=Hochzeit', '/gibt-es-nicht', ...Object.keys(own)];
  for (const path of pages) {
    const feeds = await advertisedFeeds(await (await request.get(path)).text());
    const rss = feeds.get('application/rss+xml') ?? [];
    expect(rss, path).toEqual(own[path] ? [own[path], '/feed.xml'] : ['/feed.xml']);
    expect(feeds.get('application/atom+xml'), path).toEqual(['/atom.xml']);
    expect(feeds.get('application/feed+json'), path).toEqual(['/feed.json']);
  }
  // Visible links: the footer's on every page, a character's and a storyline's own beside its title.
  await page.goto('/episode/s04e18-i-heart-ny');
  const footer = page.locator('footer');
  for (const [name, href] of [['RSS', '/feed.xml'], ['Atom', '/atom.xml'], ['JSON Feed', '/feed.json']] as const) {
    const link = footer.getByRole('link', { name, exact: true });
    await expect(link).toHaveAttribute('href', href);
    expect((await request.get(href)).status(), href).toBe(200);
  }
  for (const [path, feed] of Object.entries(own)) {
    await page.goto(path);
    const link = page.locator('main').getByRole('link', { name: /als RSS-Feed abonnieren/ });
    await expect(link).toHaveAttribute('href', feed);
    const parsed = await parser.parseString(await (await request.get(feed)).text());
    expect(parsed.items.length, feed).toBeGreaterThan(0);
  }
  await page.goto('/figuren/miranda-hobbes');
  await page.screenshot({ path: 'tests/e2e/.screens/feed-links-character.png', fullPage: true });
});
