import { expect, test } from '@playwright/test';

const screens = 'tests/e2e/.screens';

test('searching from the header: live hits while typing, then a shareable results page with filters', async ({ page }) => {
  await page.goto('/figuren');
  const box = page.getByRole('combobox', { name: 'Recaps durchsuchen' });
  await box.fill('Hochzeiten');
  const list = page.getByRole('listbox', { name: 'Treffer' });
  await expect(list.getByRole('option').first()).toBeVisible();
  await expect(list.getByRole('option', { name: /Don't Ask, Don't Tell/ })).toBeVisible();
  await page.screenshot({ path: `${screens}/search-live.png` });

  await box.press('Enter');
  await expect(page).toHaveURL(/\/suche\?q=Hochzeiten$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Treffer für „Hochzeiten“');
  await expect(page.locator('.search-hit mark').first()).toBeVisible();
  await expect(page.getByRole('link', { name: /Attack of the Five Foot Ten Woman/ })).toBeVisible();
  await page.screenshot({ path: `${screens}/search-results.png`, fullPage: true });

  await page.locator('#suche-staffel').selectOption('4');
  await page.getByRole('form', { name: 'Suche verfeinern' }).getByRole('button', { name: 'Suchen' }).click();
  await expect(page).toHaveURL(/staffel=4/);
  const codes = await page.locator('.search-hit .episode-code').allTextContents();
  expect(codes.length).toBeGreaterThan(0);
  expect(codes.every((code) => code.startsWith('S04'))).toBe(true);
});

test('typos and compounds are found; odd queries and parameters never break the page', async ({ page }) => {
  await page.goto('/suche?q=Miranada');
  await expect(page.getByRole('heading', { level: 2, name: /Recaps gefunden/ })).toBeVisible();
  await page.goto('/suche?q=Schuh');
  await expect(page.getByRole('link', { name: 'I Heart NY' })).toBeVisible();
  for (const query of ['%22%27%3B%20DROP%20TABLE%20x%3B--', '%26%7C!%3A*', '%F0%9F%91%A0', 'x'.repeat(3000)]) {
    const response = await page.goto(`/suche?q=${query}&staffel=abc&figur=..%2F&strang=%3Cb%3E`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('status')).toContainText('ignoriert: Staffel, Figur, Handlungsstrang');
  }
});

test('the search reads well on a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/suche?q=schwanger');
  await expect(page.locator('.search-hit').first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${screens}/search-360.png`, fullPage: true });
});

test('a search is rendered once, then served from the cache for every spelling of it; made-up result pages do not exist', async ({ request }) => {
  expect((await request.get('/suche?q=Schuhen')).status()).toBe(200);
  const again = await request.get('/suche?q=%20Schuhen%20&utm_source=feed');
  expect(again.headers()['x-nextjs-cache']).toBe('HIT');
  expect(await again.text()).toContain('<title>Suche: Schuhen · Rewatch</title>');
  for (const made of ['/suche/ergebnis/ausgedacht', `/suche/ergebnis/${'A'.repeat(400)}`, '/suche/ergebnis/..%2F..%2Fetc']) {
    const response = await request.get(made);
    expect(response.status(), made).toBe(404);
  }
});

test('a broad search goes on page by page: further hits, numbered on, and back to the first page', async ({ page }) => {
  await page.goto('/suche?q=Carrie');
  const heading = page.getByRole('heading', { level: 2, name: /Recaps gefunden/ });
  await expect(heading).toBeVisible();
  const first = await page.locator('.search-hit__title a').allTextContents();
  expect(first).toHaveLength(30);
  await page.getByRole('navigation', { name: 'Weitere Suchergebnisse' }).getByRole('link', { name: 'Weitere Treffer' }).click();
  await expect(page).toHaveURL(/[?&]weiter=2_/);
  await expect(page.getByText('Seite 2, nach Relevanz sortiert.')).toBeVisible();
  const second = await page.locator('.search-hit__title a').allTextContents();
  expect(second.length).toBeGreaterThan(0);
  expect(second.filter((title) => first.includes(title))).toEqual([]);
  await expect(page.locator('ol.search-results')).toHaveAttribute('start', '31');
  await page.screenshot({ path: `${screens}/search-page-2.png`, fullPage: true });
  await page.getByRole('link', { name: 'Zurück zur ersten Seite' }).click();
  await expect(page).toHaveURL(/\/suche\?q=Carrie$/);
  expect(await page.locator('.search-hit__title a').allTextContents()).toEqual(first);
});

test('a cursor that no result page links to is ignored with a note, not an error', async ({ page }) => {
  const response = await page.goto('/suche?q=Carrie&weiter=99_x_1_1');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('status')).toContainText('ignoriert: Seite');
  await expect(page.locator('.search-hit').first()).toBeVisible();
});
