import { expect, test } from '@playwright/test';

// Odd and hostile URLs on public pages end in a 404 or a normal page, never in a server
// error, and nothing from the URL comes back as markup.

const injected = '<script>alert(1)</script>';
const paths = [
  '/episode/..%2F..%2F..%2Fetc%2Fpasswd',
  '/episode/%2e%2e%2f%2e%2e%2fpackage.json',
  '/episode/....//....//etc/passwd',
  '/figuren/..%5c..%5cwindows%5cwin.ini',
  '/handlungsstraenge/%2F%2Fevil.example',
  '/episode/%00',
  '/figuren/carrie%00bradshaw',
  '/episode/%C0%AF',
  '/episode/%E0%A4%A',
  '/figuren/%F0%9F%92%84',
  `/episode/${encodeURIComponent(injected)}`,
  '/episode/javascript:alert(1)',
  `/episode/${'a'.repeat(4_000)}`,
  `/${'x/'.repeat(1_000)}`,
  '/staffel/1e3',
  '/staffel/-1',
  '/staffel/0x1',
  '/staffel/99999999999999999999999',
  '/staffel/1;DROP TABLE "Recap"',
  "/figuren/' OR '1'='1",
  '/handlungsstraenge/%27%3B%20SELECT%20pg_sleep(5)%3B--',
  '/figuren/carrie-bradshaw/feed.xml?%00=1',
  '/episode/s02e05-four-women-and-a-funeral/bild.png?w=99999999',
  '/episode/s02e05-four-women-and-a-funeral/kapitel.json?x=%FF',
  `/suche?q=${encodeURIComponent("' OR 1=1; DROP TABLE \"Recap\"; --")}`,
  `/suche?q=${encodeURIComponent('Carrie & | ! :* <-> (Big')}`,
  `/suche?q=${encodeURIComponent('💄👠🍸 Schuhe')}`,
  `/suche?q=${encodeURIComponent(injected)}`,
  `/suche?q=%00%01%02`,
  `/suche?q=${'Schuh'.repeat(500)}`,
  '/suche?q=a&q=b&q=c&staffel=1&staffel=2',
  '/suche?staffel=1%3BDROP&figur=..%2F..&strang=%3Cscript%3E',
  '/suche/vorschlaege?q=%27%22%3C%3E',
  `/?q=${encodeURIComponent(injected)}&__proto__[x]=1`,
  '/feed.xml?format=%00',
];

for (const path of paths) {
  test(`GET ${path.slice(0, 80)}`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
    expect([200, 301, 302, 307, 308, 400, 404, 414, 431]).toContain(response.status());
    const type = response.headers()['content-type'] ?? '';
    if (type.includes('html')) {
      const body = await response.text();
      expect(body).not.toContain(injected);
      // The URL may come back as data in Next's payload, never as a link target.
      expect(body).not.toMatch(/(href|src|action)="javascript:/i);
    }
  });
}

test('a long run of hostile URLs leaves the site serving normally', async ({ request }) => {
  const home = await request.get('/');
  expect(home.status()).toBe(200);
  expect(await home.text()).toContain('Rewatch');
});
