import { expect, test } from '@playwright/test';

const screens = 'tests/e2e/.screens';

test('an episode links to its storyline neighbours and related episodes', async ({ page }) => {
  await page.goto('/episode/s04e17-a-vogue-idea');
  const arcs = page.getByRole('region', { name: 'In diesem Handlungsstrang' });
  await expect(arcs.locator('a[href^="/handlungsstraenge/"]').first()).toBeVisible();
  await expect(arcs.locator('a.arc-step').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Verwandte Folgen' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Nächste Folge.*I Heart NY/ })).toBeVisible();
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as { '@type': string };
  expect(jsonLd['@type']).toBe('TVEpisode');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/episode\/s04e17-a-vogue-idea$/);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /bild\.png/);
  await page.screenshot({ path: `${screens}/discovery-episode.png`, fullPage: true });
  const image = await page.request.get('/episode/s04e17-a-vogue-idea/bild.png');
  expect(image.headers()['content-type']).toBe('image/png');
});

test('a character page shows the timeline, storylines and who they appear with most', async ({ page }) => {
  await page.goto('/figuren/miranda-hobbes');
  await expect(page.getByRole('heading', { name: 'Am häufigsten zusammen mit' })).toBeVisible();
  await expect(page.locator('.companions__link').first()).toBeVisible();
  await expect(page.locator('.timeline__marker')).toHaveText(['Staffel 2', 'Staffel 3', 'Staffel 4']);
  await page.screenshot({ path: `${screens}/discovery-character.png`, fullPage: true });
});

test('a season shows at a glance which storylines run through it', async ({ page }) => {
  await page.goto('/staffel/4');
  const grid = page.getByRole('region', { name: 'Handlungsstränge in Staffel 4' });
  await expect(grid.getByRole('link', { name: 'Carrie bei der Vogue' })).toBeVisible();
  expect(await grid.locator('td.arc-grid__hit').count()).toBeGreaterThan(5);
  await page.screenshot({ path: `${screens}/discovery-season.png`, fullPage: true });
});

test('dark theme and a 360 px phone', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 360, height: 780 }, locale: 'de-DE' });
  const page = await context.newPage();
  for (const [path, name] of [
    ['/', 'home'],
    ['/staffel/4', 'season'],
    ['/handlungsstraenge/carrie-bei-der-vogue', 'storyline'],
    ['/figuren/carrie-bradshaw', 'character'],
  ] as const) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${screens}/dark-360-${name}.png`, fullPage: true });
  }
  await context.close();
});

test('keyboard: the skip link is the first stop and leads to the content', async ({ page }) => {
  await page.goto('/episode/s04e18-i-heart-ny');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#inhalt$/);
});
