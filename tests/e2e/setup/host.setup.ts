import { expect, test as setup } from '@playwright/test';
import { host, hostState, setupLink } from '../fixtures';

setup('the first host is created with the printed one-time link and signs in', async ({ page }) => {
  const link = setupLink();
  await page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(page.getByRole('heading', { name: 'Rewatch einrichten' })).toBeVisible();

  // Bad input first: a German message, nothing created.
  await page.getByLabel('Name').fill(host.name);
  await page.getByLabel('E-Mail').fill('keine-adresse');
  await page.getByLabel('Passwort', { exact: true }).fill('kurz');
  await page.getByRole('button', { name: 'Host-Zugang anlegen' }).click();
  await expect(page.getByText('Das sieht nicht nach einer E-Mail-Adresse aus.')).toBeVisible();
  await expect(page.getByText('Das Passwort braucht mindestens 10 Zeichen.')).toBeVisible();

  await page.getByLabel('E-Mail').fill(host.email);
  await page.getByLabel('Passwort', { exact: true }).fill(host.password);
  await page.getByLabel('Passwort wiederholen').fill(host.password);
  await page.screenshot({ path: 'tests/e2e/.screens/setup.png', fullPage: true });
  await page.getByRole('button', { name: 'Host-Zugang anlegen' }).click();
  await expect(page).toHaveURL(/\/anmelden/);

  // The link works once.
  await page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(page.getByText('Rewatch ist schon eingerichtet. Bitte melde dich an.')).toBeVisible();

  await page.goto('/anmelden');
  await page.getByLabel('E-Mail').fill(host.email);
  await page.getByLabel('Passwort').fill('falsches-passwort');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByText('E-Mail-Adresse oder Passwort stimmen nicht.')).toBeVisible();
  await page.getByLabel('Passwort').fill(host.password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page).toHaveURL(/\/studio$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Alle Folgen' })).toBeVisible();
  await page.context().storageState({ path: hostState });
});
