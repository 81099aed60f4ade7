// The app behind the shipped nginx front (deploy/nginx/rewatch.conf, started by
// playwright.config.ts as `npm run front` does): what listeners and hosts get through it.
import { type APIResponse, expect, test } from '@playwright/test';
import { maxCopyAgeMs } from '@/lib/front/rewatch-front';
import { episodeSlug } from '@/lib/text/slug';
import { frontUrl, hostState, withoutLiveEditing } from './fixtures';

test.use({ storageState: hostState });

const cacheStatus = (response: APIResponse) => response.headers()['x-cache-status'];
// Request contexts take the file's storageState unless told otherwise.
const noSession = { cookies: [], origins: [] };
const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? '')?.[1];

test('a signed-in host never gets a public page from the cache, and what the host gets is never kept for listeners', async ({ playwright }) => {
  const listener = await playwright.request.newContext({ baseURL: frontUrl, storageState: noSession });
  const signedIn = await playwright.request.newContext({ baseURL: frontUrl, storageState: hostState });
  const pages = ['/', '/staffel/2', '/episode/s04e18-i-heart-ny', '/figuren/miranda-hobbes', '/suche?q=Hochzeit', '/feed.xml'];
  for (const path of pages) {
    await listener.get(path);
    await expect.poll(async () => cacheStatus(await listener.get(path))).toBe('HIT');
    const host = await signedIn.get(path);
    expect(host.status(), path).toBe(200);
    expect(cacheStatus(host), path).toBe('BYPASS');
  }
  // A page the host asked for first is not in the cache for the next listener.
  const fresh = `/figuren/miranda-hobbes?nur-fuer=${Date.now()}`;
  expect(cacheStatus(await signedIn.get(fresh))).toBe('BYPASS');
  expect(cacheStatus(await listener.get(fresh))).toBe('MISS');
  await listener.dispose();
  await signedIn.dispose();
});

test('studio, sign-in and API answers are never cached, keep their own CSP nonce, and no answer with Set-Cookie is a cache hit', async ({ playwright, browser }) => {
  const signedIn = await playwright.request.newContext({ baseURL: frontUrl, storageState: hostState });
  for (const path of ['/studio', '/studio/figuren', '/anmelden']) {
    const [first, second] = [await signedIn.get(path, { maxRedirects: 0 }), await signedIn.get(path, { maxRedirects: 0 })];
    expect([cacheStatus(first), cacheStatus(second)], path).toEqual(['BYPASS', 'BYPASS']);
    const [one, two] = [nonceOf(first.headers()['content-security-policy']), nonceOf(second.headers()['content-security-policy'])];
    expect(one, path).toBeTruthy();
    expect(one, path).not.toBe(two);
    if (first.status() === 200) expect(await second.text(), path).toContain(`nonce="${two}"`);
  }
  await signedIn.dispose();
  // next-auth sets its CSRF cookie on a first visit: every such answer reaches the app.
  for (let round = 0; round < 3; round++) {
    const visitor = await playwright.request.newContext({ baseURL: frontUrl, storageState: noSession });
    const answer = await visitor.get('/api/auth/csrf');
    expect(answer.headers()['set-cookie']).toContain('next-auth.csrf-token');
    expect(cacheStatus(answer)).toBe('BYPASS');
    await visitor.dispose();
  }
  // In a browser, the studio's scripts run under that nonce through the front.
  const context = await browser.newContext({ storageState: hostState });
  const page = await context.newPage();
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  const response = await page.goto(`${frontUrl}/studio`);
  expect(response?.headers()['x-cache-status']).toBe('BYPASS');
  const nonce = nonceOf(response?.headers()['content-security-policy']);
  // Next's client has started (it sets window.next), with every script carrying this response's nonce.
  await expect.poll(() => page.evaluate(() => typeof (window as { next?: { version?: string } }).next?.version)).toBe('string');
  const scriptNonces = await page.evaluate(() => [...document.scripts].filter((script) => script.src).map((script) => script.nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(new Set(scriptNonces)).toEqual(new Set([nonce]));
  expect(refused).toEqual([]);
  await context.close();
});

test('a publish shows through the front within the micro-cache time, an unpublish too, and a draft never does', async ({ page, playwright }) => {
  test.setTimeout(120_000);
  await withoutLiveEditing(page);
  // An episode without a recap yet (the last one, which no other test writes): its first words make a draft.
  await page.goto(`${frontUrl}/studio?status=none`);
  const candidates = page.getByRole('link', { name: /^S0\dE\d\d / });
  await expect(candidates.first()).toBeVisible();
  const link = candidates.last();
  const name = (await link.textContent()) ?? '';
  const [, season = '0', number = '0', title = ''] = /^S(\d\d)E(\d\d) (.+)$/.exec(name.trim()) ?? [];
  const episodePath = `/episode/${episodeSlug(Number(season), Number(number), title)}`;
  const marker = 'Pflaumenmusfrühstück';
  const searchPath = `/suche?q=${encodeURIComponent(marker)}`;
  await link.click();
  const editor = page.getByRole('textbox', { name: 'Recap-Text' });
  await editor.click();
  await page.keyboard.press('Control+End');
  await editor.pressSequentially(` Nachtrag: ${marker} bei Miranda.`);
  await expect(page.getByRole('status').filter({ hasText: /^(Live – )?[Gg]espeichert$/ })).toBeVisible({ timeout: 20_000 });

  const listener = await playwright.request.newContext({ baseURL: frontUrl, storageState: noSession });
  // The saved draft never reaches the public through the front, however long one asks.
  const until = Date.now() + maxCopyAgeMs + 1_000;
  while (Date.now() < until) {
    expect((await listener.get(episodePath)).status()).toBe(404);
    expect(await (await listener.get(searchPath)).text()).not.toContain(`${marker} bei Miranda`);
    await page.waitForTimeout(200);
  }

  const visibleAfter = async (check: () => Promise<boolean>) => {
    const started = Date.now();
    while (!(await check())) {
      if (Date.now() - started > 15_000) throw new Error('nach 15 s noch nicht sichtbar');
      await page.waitForTimeout(50);
    }
    return Date.now() - started;
  };
  await page.getByRole('button', { name: 'Jetzt veröffentlichen' }).click();
  await expect(page.getByText('veröffentlicht', { exact: true }).first()).toBeVisible();
  const published = await visibleAfter(async () => {
    const answer = await listener.get(episodePath);
    return answer.status() === 200 && (await answer.text()).includes(`${marker} bei Miranda`);
  });
  const found = await visibleAfter(async () => (await (await listener.get(searchPath)).text()).includes('1 Recap gefunden'));

  await page.getByRole('button', { name: 'Veröffentlichung zurücknehmen' }).click();
  await expect(page.getByRole('button', { name: 'Jetzt veröffentlichen' })).toBeVisible();
  const withdrawn = await visibleAfter(async () => (await listener.get(episodePath)).status() === 404);
  console.log(`Durch die Vorderseite: veröffentlicht nach ${published} ms sichtbar, in der Suche nach ${found} ms, zurückgenommen nach ${withdrawn} ms weg`);
  // The copy's age (at most maxCopyAgeMs) plus one render of the page by the app on a busy machine.
  for (const ms of [published, found, withdrawn]) expect(ms).toBeLessThan(maxCopyAgeMs + 1_500);
  await listener.dispose();
});
