import { expect, test } from '@playwright/test';

const screens = 'tests/e2e/.screens';

test('a listener walks from the home page to a season, an episode and a character', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Rewatch/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('94 Folgen');
  await expect(page.getByText('Hier stehen alle 48 Recaps')).toBeVisible();
  await page.screenshot({ path: `${screens}/home.png`, fullPage: true });

  await page.getByRole('link', { name: /Staffel 4/ }).click();
  await expect(page).toHaveURL(/\/staffel\/4$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Staffel 4' })).toBeVisible();
  await expect(page.getByText('18 Folgen, 18 davon mit Recap.')).toBeVisible();
  await page.screenshot({ path: `${screens}/season-4.png`, fullPage: true });

  await page.getByRole('link', { name: 'I Heart NY' }).click();
  await expect(page).toHaveURL(/\/episode\/s04e18-i-heart-ny$/);
  await expect(page.getByRole('heading', { level: 1, name: 'I Heart NY' })).toBeVisible();
  await expect(page.getByText('Louis Vuitton-Schuhe')).toBeVisible();
  await expect(page.getByRole('link', { name: /Vorherige Folge.*A 'Vogue' Idea/ })).toBeVisible();
  await page.screenshot({ path: `${screens}/episode.png`, fullPage: true });

  await page.getByRole('link', { name: 'Brady', exact: true }).click();
  await expect(page).toHaveURL(/\/figuren\/brady-hobbes$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Brady Hobbes' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'I Heart NY' })).toBeVisible();
  await page.screenshot({ path: `${screens}/character.png`, fullPage: true });
});

test('storyline pages list their episodes in viewing order', async ({ page }) => {
  await page.goto('/handlungsstraenge/carrie-bei-der-vogue');
  await expect(page.getByRole('heading', { level: 1, name: 'Carrie bei der Vogue' })).toBeVisible();
  const codes = await page.locator('.timeline .episode-code').allTextContents();
  expect(codes.length).toBeGreaterThan(0);
  expect(codes).toEqual([...codes].sort());
  await page.screenshot({ path: `${screens}/storyline.png`, fullPage: true });
});

test('drafts and unknown pages are a German 404', async ({ page }) => {
  // S01E01 has no recap in the seed: its episode page must not exist publicly.
  for (const path of ['/episode/s01e01-sex-and-the-city', '/staffel/99', '/staffel/abc', '/figuren/niemand', '/gibt-es-nicht']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Diese Seite gibt es nicht.' })).toBeVisible();
  }
});

test('the archive reads well on a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/episode/s04e18-i-heart-ny');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${screens}/episode-360.png`, fullPage: true });
});

test('the home page loads without browser errors and names its icon (no /favicon.ico 404)', async ({ page, request }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  const icon = await page.locator('link[rel="icon"]').first().getAttribute('href');
  expect(icon).toBeTruthy();
  expect((await request.get(icon ?? '')).ok()).toBe(true);
  expect(errors).toEqual([]);
});

test('public pages arrive as plain HTML: no framework script, no hydration data, every script of ours still working', async ({ page }) => {
  for (const path of ['/', '/staffel/4', '/episode/s04e18-i-heart-ny', '/figuren/carrie-bradshaw', '/handlungsstraenge/carrie-und-big', '/suche?q=Hochzeit']) {
    const scripts: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(path);
    await page.waitForLoadState('networkidle');
    const html = (await response?.text()) ?? '';
    expect(html, path).not.toContain('__next_f');
    expect(html, path).not.toMatch(/<script[^>]+src=/);
    expect(scripts, path).toEqual([]);
    expect(errors, path).toEqual([]);
    page.removeAllListeners('request');
    page.removeAllListeners('pageerror');
  }
  // The header's live search is one of our own scripts: it still answers while typing.
  await page.getByRole('combobox', { name: 'Recaps durchsuchen' }).fill('Hochzeit');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
});

test('the sign-in page, not public, still gets Next’s client', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/anmelden');
  await page.waitForLoadState('networkidle');
  expect(scripts.some((url) => url.includes('/_next/static/'))).toBe(true);
});
