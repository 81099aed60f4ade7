import { type Browser, expect, type Page, test } from '@playwright/test';
import { hostState } from './fixtures';

const screens = 'tests/e2e/.screens';
const guest = { email: 'samantha@gast.test', name: 'Samantha', password: 'gast-passwort-2001' };

async function episodeHref(page: Page, code: string): Promise<string> {
  await page.goto('/studio');
  const href = await page.getByRole('link', { name: new RegExp(`^${code} `) }).getAttribute('href');
  if (!href) throw new Error(`Kein Link für ${code}`);
  return href;
}

/** A browser of its own, signed out (Playwright would otherwise hand it the host's session from `use`). */
async function guestPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'de-DE', storageState: { cookies: [], origins: [] } });
  return context.newPage();
}

test.use({ storageState: hostState });

test('a host invites a guest, the guest edits only that episode, the host revokes access', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const invited = await episodeHref(page, 'S01E01');
  const other = await episodeHref(page, 'S01E02');

  // The host invites the guest for S01E01.
  await page.goto('/studio/personen');
  await page.getByLabel('E-Mail des Gasts').fill(guest.email);
  await page.getByText('Staffel 1').first().click();
  await page.getByLabel(/S01E01 /).check();
  await page.getByRole('button', { name: 'Einladungslink erstellen' }).click();
  const link = await page.getByLabel('Einladungslink').inputValue();
  expect(link).toMatch(/\/einladung\/[A-Za-z0-9_-]{43}$/);
  await page.screenshot({ path: `${screens}/invite.png`, fullPage: true });

  // The guest accepts in a browser of their own.
  const guestTab = await guestPage(browser);
  await guestTab.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(guestTab.getByRole('heading', { name: 'Du bist eingeladen' })).toBeVisible();
  await guestTab.getByLabel('Dein Name').fill(guest.name);
  await guestTab.getByLabel('Passwort', { exact: true }).fill(guest.password);
  await guestTab.getByLabel('Passwort wiederholen').fill(guest.password);
  await guestTab.getByRole('button', { name: 'Einladung annehmen' }).click();
  await expect(guestTab).toHaveURL(/\/studio$/);
  await expect(guestTab.getByRole('heading', { level: 1, name: 'Deine Folgen' })).toBeVisible();
  await expect(guestTab.getByRole('link', { name: /^S01E01 / })).toBeVisible();
  await expect(guestTab.getByRole('link', { name: /^S01E02 / })).toHaveCount(0);

  // The guest writes in the invited episode's draft; it is saved.
  await guestTab.goto(invited);
  const editor = guestTab.getByRole('textbox', { name: 'Recap-Text' });
  await editor.click();
  await editor.pressSequentially('Samantha zieht in den Meatpacking District.');
  await expect(guestTab.getByRole('status').filter({ hasText: 'Gespeichert' })).toBeVisible({ timeout: 10_000 });
  await expect(guestTab.getByRole('button', { name: 'Jetzt veröffentlichen' })).toHaveCount(0);
  await guestTab.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
  await expect(guestTab.getByText('in Prüfung', { exact: true }).first()).toBeVisible();
  await guestTab.screenshot({ path: `${screens}/guest-editor.png`, fullPage: true });

  // Another episode's draft, the people page: refused.
  await guestTab.goto(other);
  await expect(guestTab.getByText('Du bist zu dieser Folge nicht eingeladen.')).toBeVisible();
  await guestTab.goto('/studio/personen');
  await expect(guestTab.getByText('Diese Seite ist nur für Hosts.')).toBeVisible();

  // The invitation link works once.
  const again = await guestPage(browser);
  await again.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(again.getByText('Diese Einladung wurde schon angenommen. Melde dich einfach an.')).toBeVisible();

  // The guest has the recap open live when the host revokes: the open editor is disconnected,
  // and the guest's next request is refused.
  await guestTab.goto(invited);
  await expect(guestTab.getByRole('status').filter({ hasText: 'Live – gespeichert' })).toBeVisible({ timeout: 20_000 });
  await page.goto('/studio/personen');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('row', { name: new RegExp(guest.name) }).getByRole('button', { name: 'Entziehen' }).click();
  await expect(page.getByRole('row', { name: new RegExp(guest.name) }).getByText('keine')).toBeVisible();
  await expect(guestTab.getByText('Dein Zugang zu dieser Folge wurde entzogen.')).toBeVisible({ timeout: 15_000 });
  await expect(guestTab.getByRole('textbox', { name: 'Recap-Text' })).toHaveCount(0);
  await guestTab.screenshot({ path: `${screens}/guest-revoked-live.png`, fullPage: true });
  await guestTab.goto(invited);
  await expect(guestTab.getByText('Du bist zu dieser Folge nicht eingeladen.')).toBeVisible();

  // The host sees it all in the audit trail.
  await page.goto('/studio/protokoll');
  for (const action of ['Einladung erstellt', 'Einladung angenommen', 'Zugang zu Folge entzogen', 'Ersten Host eingerichtet', 'Fehlgeschlagene Anmeldung']) {
    await expect(page.getByRole('cell', { name: action }).first()).toBeVisible();
  }
});

test('listeners get nothing from the studio', async ({ browser }) => {
  const listener = await guestPage(browser);
  await listener.goto('/studio/personen');
  await expect(listener).toHaveURL(/\/anmelden\?callbackUrl=/);
});
