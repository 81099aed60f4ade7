import { expect, type Page, test } from '@playwright/test';
import { hostState, withoutLiveEditing } from './fixtures';

const screens = 'tests/e2e/.screens';

test.use({ storageState: hostState });

async function openEditor(page: Page, code: string) {
  await page.goto('/studio');
  await page.getByRole('link', { name: new RegExp(`^${code} `) }).click();
  const editor = page.getByRole('textbox', { name: 'Recap-Text' });
  await expect(editor).toBeVisible();
  return editor;
}

// "Gespeichert" without live connection, "Live – gespeichert" with it.
const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: /^(Live – )?[Gg]espeichert$/ })).toBeVisible({ timeout: 20_000 });

test('a host writes a recap with a mention, a storyline, a timestamp and a spoiler and publishes it', async ({ page }) => {
  test.setTimeout(90_000);
  const editor = await openEditor(page, 'S01E03');
  await editor.click();
  await editor.pressSequentially('Heute mit ');
  await editor.pressSequentially('@Car');
  await expect(page.getByRole('listbox', { name: 'Figuren' })).toBeVisible();
  await page.keyboard.press('Enter');
  await editor.pressSequentially(' im Strang ');
  await editor.pressSequentially('#Carrie');
  await expect(page.getByRole('listbox', { name: 'Handlungsstränge' })).toBeVisible();
  await page.keyboard.press('Enter');
  await editor.pressSequentially(' ab [12:34] auf der Vorstadtparty. ');
  await page.getByRole('button', { name: 'Spoiler' }).click();
  await editor.pressSequentially('Big heiratet später Natasha.');
  await page.getByRole('button', { name: 'Spoiler' }).click();
  await expect(editor.locator('span[data-type="character-mention"]')).toHaveCount(1);
  await expect(editor.locator('span[data-type="timestamp"][data-seconds="754"]')).toHaveCount(1);
  await saved(page);
  await page.screenshot({ path: `${screens}/studio-editor.png`, fullPage: true });
  // A draft is not searchable, and the search's cached answer must not outlive the publish.
  const search = '/suche?q=Vorstadtparty';
  expect(await (await page.request.get(search)).text()).toContain('Keine Treffer');

  await page.getByRole('button', { name: 'Jetzt veröffentlichen' }).click();
  await expect(page.getByText('veröffentlicht', { exact: true }).first()).toBeVisible();
  await page.goto(search);
  await expect(page.getByRole('heading', { name: '1 Recap gefunden' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Bay of Married Pigs/ })).toBeVisible();

  // The public page shows all four, rendered on the server.
  await page.goto('/episode/s01e03-bay-of-married-pigs');
  const body = page.locator('article');
  await expect(body.getByRole('link', { name: 'Carrie' }).first()).toHaveAttribute('href', '/figuren/carrie-bradshaw');
  await expect(body.locator('a[href^="/handlungsstraenge/carrie"]').first()).toBeVisible();
  await expect(body.locator('time').filter({ hasText: '12:34' })).toBeVisible();
  await expect(body.getByText('Big heiratet später Natasha.')).toBeHidden();
  await body.getByText('Spoiler anzeigen').first().click();
  await expect(body.getByText('Big heiratet später Natasha.')).toBeVisible();
  await page.screenshot({ path: `${screens}/published-episode.png`, fullPage: true });

  await page.goto('/figuren/carrie-bradshaw');
  await expect(page.getByRole('link', { name: 'Bay of Married Pigs' })).toBeVisible();
});

test('two editors without live connection save the same recap: the second save is refused and both texts survive', async ({ page, browser }) => {
  test.setTimeout(90_000);
  await withoutLiveEditing(page);
  const mine = await openEditor(page, 'S01E04');
  await expect(page.getByText('Du schreibst ohne Live-Verbindung')).toBeVisible();
  const other = await browser.newPage({ storageState: hostState });
  await withoutLiveEditing(other);
  const theirs = await openEditor(other, 'S01E04');

  await mine.click();
  await mine.pressSequentially('Erste Fassung von Chris.');
  await saved(page);

  // The other editor still works on version 0.
  await theirs.click();
  await theirs.pressSequentially('Zweite Fassung aus dem anderen Fenster.');
  await expect(other.getByRole('heading', { name: 'Jemand anderes hat dieses Recap inzwischen geändert' })).toBeVisible({ timeout: 15_000 });
  await expect(other.locator('.conflict__text').first()).toHaveText('Zweite Fassung aus dem anderen Fenster.');
  await expect(other.locator('.conflict__text').nth(1)).toHaveText('Erste Fassung von Chris.');
  await other.screenshot({ path: `${screens}/conflict.png`, fullPage: true });
  await other.getByRole('button', { name: 'Meine Fassung behalten' }).click();
  await saved(other);

  await page.goto(`${new URL(page.url()).pathname}/verlauf`);
  await expect(page.getByText('Chris (Konfliktfassung)')).toBeVisible();
  const versions = page.locator('.revision');
  await expect(versions.first()).toContainText('Version');
  await page.screenshot({ path: `${screens}/history.png`, fullPage: true });
});

test('without live connection, a save while the server is unreachable is kept in the browser and offered back after a reload', async ({ page }) => {
  test.setTimeout(90_000);
  await withoutLiveEditing(page);
  const editor = await openEditor(page, 'S01E05');
  await editor.click();
  await editor.pressSequentially('Gespeichert. ');
  await saved(page);

  // Server actions are POSTs to the page: drop them, as a dead connection would.
  await page.route('**/studio/folgen/**', (route) => (route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.continue()));
  await editor.pressSequentially('Dieser Satz erreicht den Server nicht.');
  await expect(page.getByRole('status').filter({ hasText: 'Offline – lokal gesichert' })).toBeVisible({ timeout: 20_000 });
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.route('**/studio/folgen/**', (route) => (route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.continue()));

  await page.reload();
  await expect(page.getByText('In diesem Browser liegt eine Fassung, die noch nicht gespeichert wurde.')).toBeVisible();
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.getByRole('button', { name: 'Ungespeicherte Fassung wiederherstellen' }).click();
  await expect(page.getByRole('textbox', { name: 'Recap-Text' })).toContainText('Dieser Satz erreicht den Server nicht.');
  await saved(page);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Recap-Text' })).toContainText('Dieser Satz erreicht den Server nicht.');
});

test('without live connection, a save whose answer comes too late is not mistaken for somebody else\'s version', async ({ page }) => {
  test.setTimeout(90_000);
  await withoutLiveEditing(page);
  const editor = await openEditor(page, 'S01E07');
  await editor.click();
  await editor.pressSequentially('Schon gespeichert. ');
  await saved(page);

  // The next save reaches the server and is stored, but its answer arrives after the editor gave up waiting (12 s).
  let delayed = false;
  await page.route('**/studio/folgen/**', async (route) => {
    if (route.request().method() !== 'POST' || delayed) return route.continue();
    delayed = true;
    const response = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, 14_000));
    await route.fulfill({ response }).catch(() => {});
  });
  await editor.pressSequentially('Dieser Satz kommt an, die Antwort zu spät. ');
  await expect(page.getByRole('status').filter({ hasText: 'Offline – lokal gesichert' })).toBeVisible({ timeout: 20_000 });
  // Written on top of it before the retry: the retry finds the stored version and must see it is its own.
  await editor.pressSequentially('Und dieser danach.');
  await saved(page);
  await expect(page.getByText('Jemand anderes hat dieses Recap inzwischen geändert')).toHaveCount(0);

  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Recap-Text' })).toContainText('Schon gespeichert. Dieser Satz kommt an, die Antwort zu spät. Und dieser danach.');
});

test('without live connection, a correction of a published recap reaches its page and the search within seconds', async ({ page }) => {
  test.setTimeout(90_000);
  await withoutLiveEditing(page);
  const editor = await openEditor(page, 'S04E05');
  await expect(page.getByText('veröffentlicht', { exact: true }).first()).toBeVisible();
  await editor.click();
  await page.keyboard.press('Control+End');
  await editor.pressSequentially(' Nachtrag: Quittenmarmelade zum Brunch.');
  await saved(page);
  // Well within the one-minute fallback of the cached pages.
  await expect(async () => {
    await page.goto('/suche?q=Quittenmarmelade');
    await expect(page.getByRole('heading', { name: '1 Recap gefunden' })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await page.locator('.search-hit a').first().click();
  await expect(page.locator('main')).toContainText('Nachtrag: Quittenmarmelade zum Brunch.');
});
