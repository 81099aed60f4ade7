import { expect, type Page, test } from '@playwright/test';
import { hostState } from './fixtures';

const screens = 'tests/e2e/.screens';
const inboxText = 'Zum Abschluss der 2. Staffel haben wir uns erneut Gäste eingeladen.';

test.use({ storageState: hostState });

async function openEpisode(page: Page, code: string): Promise<void> {
  await page.goto('/studio');
  await page.getByRole('link', { name: new RegExp(`^${code} `) }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Folgendaten' })).toBeVisible();
}

test('a host keeps the catalog, reviews tags, assigns the inbox recap and edits episode metadata', async ({ page }) => {
  test.setTimeout(120_000);

  // A character with aliases typed as one comma-separated line.
  await page.goto('/studio');
  await page.getByRole('navigation', { name: 'Studio' }).getByRole('link', { name: 'Figuren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Figuren' })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill('Aleksandr Petrovsky');
  await page.getByLabel('Kurzname').fill('Petrovsky');
  await page.getByLabel('Aliasse').fill('Der Russe,  Sasha ');
  await page.getByRole('button', { name: 'Figur anlegen' }).click();
  await expect(page.getByRole('status')).toContainText('„Aleksandr Petrovsky“ angelegt.');
  const row = page.getByRole('row', { name: /Aleksandr Petrovsky/ });
  await expect(row).toContainText('Der Russe, Sasha');
  // The same name again: a German message, no second row.
  await page.getByLabel('Name', { exact: true }).fill('Aleksandr Petrovsky');
  await page.getByLabel('Kurzname').fill('P');
  await page.getByRole('button', { name: 'Figur anlegen' }).click();
  await expect(page.getByText('Dieser Name ist schon vergeben.')).toBeVisible();
  await page.screenshot({ path: `${screens}/studio-figuren.png`, fullPage: true });

  // The inbox recap goes to a free episode.
  await page.goto('/studio');
  await page.getByRole('link', { name: inboxText }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Recap ohne Folge' })).toBeVisible();
  await expect(page.getByText(inboxText).first()).toBeVisible();
  await page.screenshot({ path: `${screens}/studio-eingang.png`, fullPage: true });
  await page.getByLabel('Folge ohne Recap').selectOption({ label: 'S01E05 The Power of Female Sex' });
  await page.getByRole('button', { name: 'Zuordnen' }).click();
  await expect(page).toHaveURL(/\/studio\/folgen\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'The Power of Female Sex' })).toBeVisible();
  await page.goto('/studio');
  await expect(page.getByRole('link', { name: inboxText })).toHaveCount(0);

  // Metadata of that episode: a javascript: address is refused, a real one is kept.
  await openEpisode(page, 'S01E05');
  await page.getByLabel('Audio-Adresse').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Folgendaten speichern' }).click();
  await expect(page.getByText('Nur Audio-Adressen mit http:// oder https:// sind erlaubt.')).toBeVisible();
  await page.getByLabel('Audio-Adresse').fill('https://audio.example.org/s01e05.mp3');
  await page.getByLabel('Aufnahmedatum').fill('2024-03-09');
  await page.getByLabel('Podcast-Folge Nr.').fill('905');
  await page.getByRole('button', { name: 'Folgendaten speichern' }).click();
  await expect(page.getByText('Folgendaten gespeichert.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Podcast-Folge Nr.')).toHaveValue('905');
  await expect(page.getByLabel('Aufnahmedatum')).toHaveValue('2024-03-09');
  await page.getByRole('heading', { level: 2, name: 'Folgendaten' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${screens}/studio-folgendaten.png`, fullPage: true });

  // A suggestion of the importer is confirmed and becomes a set tag.
  await openEpisode(page, 'S04E18');
  const carrie = page.getByRole('listitem', { name: 'Figur Carrie' });
  await expect(carrie).toContainText('Vorschlag des Imports');
  await carrie.getByRole('button', { name: 'Bestätigen' }).click();
  await expect(carrie).toContainText('gesetzt');
  await expect(carrie.getByRole('button', { name: 'Entfernen' })).toBeVisible();
  await page.getByRole('heading', { level: 2, name: 'Schlagworte' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${screens}/studio-schlagworte.png`, fullPage: true });
});
