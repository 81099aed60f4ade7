import { expect, type Page, test } from '@playwright/test';

const screens = 'tests/e2e/.screens';

async function blurred(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const content = element.querySelector(':scope > .spoiler__content');
      return { key: Number((element as HTMLElement).dataset.spoiler), blurred: content ? getComputedStyle(content).filter.includes('blur') : false };
    }),
  );
}

test('with "gesehen bis S2E5" no later plot shows anywhere until revealed', async ({ page }) => {
  await page.goto('/');
  await page.getByText('Spoilerschutz:').click();
  await page.getByLabel('Staffel', { exact: true }).first().selectOption('2');
  await page.getByLabel('Folge', { exact: true }).selectOption('5');
  await page.getByRole('button', { name: 'Gesehen bis hier' }).click();
  await expect(page.getByTestId('horizon-state')).toHaveText('gesehen bis S02E05');

  for (const path of ['/', '/staffel/4', '/figuren/carrie-bradshaw', '/handlungsstraenge/carrie-und-big', '/suche?q=Carrie', '/episode/s02e05-four-women-and-a-funeral']) {
    await page.goto(path);
    const spoilers = await blurred(page, '[data-spoiler]');
    expect(spoilers.length, path).toBeGreaterThan(0);
    for (const spoiler of spoilers) expect(spoiler.blurred, `${path} ${spoiler.key}`).toBe(spoiler.key > 205);
  }

  await page.goto('/episode/s04e18-i-heart-ny');
  await expect(page.getByTestId('horizon-state')).toHaveText('gesehen bis S02E05');
  const body = page.locator('.episode > .spoiler');
  await expect(body.locator('> .spoiler__content')).toHaveAttribute('inert', '');
  await page.screenshot({ path: `${screens}/spoiler-hidden.png`, fullPage: true });
  await body.getByRole('button', { name: 'Spoiler aus S04E18 zeigen' }).click();
  // The blur fades out (CSS transition), so poll until it is gone.
  await expect.poll(async () => (await blurred(page, '.episode > .spoiler'))[0]?.blurred).toBe(false);
  await expect(page.getByText('Louis Vuitton-Schuhe')).toBeVisible();

  await page.getByText('Spoilerschutz:').click();
  await page.getByRole('button', { name: 'Zurücksetzen' }).click();
  await expect(page.getByTestId('horizon-state')).toHaveText('aus');
  await page.reload();
  expect((await blurred(page, '[data-spoiler]')).every((spoiler) => !spoiler.blurred)).toBe(true);
});
