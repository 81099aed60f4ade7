import { readFileSync } from 'node:fs';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { signInternal } from '../../lib/security/internal-signature';
import { collabPid, hostState } from './fixtures';

const screens = 'tests/e2e/.screens';

test.use({ storageState: hostState });

async function episodeHref(page: Page, code: string): Promise<string> {
  await page.goto('/studio');
  const href = await page.getByRole('link', { name: new RegExp(`^${code} `) }).getAttribute('href');
  if (!href) throw new Error(`Kein Link für ${code}`);
  return href;
}

/** A browser window of its own (own context: own connection, own caret), signed in as the host. */
async function openLive(browser: Browser, href: string): Promise<Page> {
  const context = await browser.newContext({ storageState: hostState, locale: 'de-DE', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(href);
  await expect(liveStatus(page)).toHaveText('Live – gespeichert', { timeout: 20_000 });
  return page;
}

const editorOf = (page: Page) => page.getByRole('textbox', { name: 'Recap-Text' });
/** The document's text without the other people's caret labels. */
const documentText = (page: Page) =>
  editorOf(page).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove();
    return copy.innerText;
  });
const liveStatus = (page: Page) => page.getByRole('status').filter({ hasText: /^(Live|Verbindung|Überträgt)/ });

/** Puts the caret on a new paragraph at the end of the document and types there. */
async function typeAtEnd(page: Page, text: string): Promise<void> {
  await editorOf(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await editorOf(page).pressSequentially(text, { delay: 15 });
}

/**
 * Puts the caret at the end of the n-th paragraph (through the editor's own API, which
 * Tiptap hangs on its element) and types there. Not by click or arrow keys: the others'
 * carets and name labels sit in the text and move while they type, and a click or a caret
 * movement can land in their paragraph instead.
 */
async function typeInParagraph(page: Page, index: number, text: string): Promise<void> {
  await editorOf(page).evaluate((element, n) => {
    type Node = { type: { name: string }; nodeSize: number };
    const editor = (element as unknown as { editor: { state: { doc: { forEach: (f: (node: Node, offset: number) => void) => void } }; commands: { focus: (at: number) => void } } }).editor;
    let seen = -1;
    let end = 0;
    editor.state.doc.forEach((node, offset) => {
      if (node.type.name === 'paragraph' && ++seen === n) end = offset + node.nodeSize - 1;
    });
    editor.commands.focus(end);
  }, index);
  await editorOf(page).pressSequentially(text, { delay: 15 });
}

test('two and three people typing into the same recap at once end with the same document', async ({ browser, page }) => {
  test.setTimeout(120_000);
  const href = await episodeHref(page, 'S02E01');
  const windows: Page[] = await Promise.all([openLive(browser, href), openLive(browser, href)]);
  const [first] = windows as [Page];
  await expect(first.locator('.presence__person')).toHaveCount(2);

  // One writes the skeleton; then everyone writes in their own paragraph, at the same time.
  await editorOf(first).click();
  await editorOf(first).pressSequentially('Absatz eins.');
  for (const label of ['zwei', 'drei']) {
    await first.keyboard.press('Enter');
    await editorOf(first).pressSequentially(`Absatz ${label}.`);
  }
  for (const window of windows) await expect(editorOf(window).locator('p')).toHaveCount(3);
  // The first stored text created the recap: the page's header says so without a reload.
  await expect(first.locator('.studio-episode-head .status-badge')).toHaveText('Entwurf', { timeout: 15_000 });

  // Two at once.
  await Promise.all(windows.map((window, index) => typeInParagraph(window, index, ` Zu zweit: Fenster ${index + 1} schreibt hier.`)));
  const pair = ['Absatz eins. Zu zweit: Fenster 1 schreibt hier.', 'Absatz zwei. Zu zweit: Fenster 2 schreibt hier.'];
  for (const window of windows) for (const sentence of pair) await expect(editorOf(window)).toContainText(sentence);

  // A third joins, and all three type at once.
  const third = await openLive(browser, href);
  windows.push(third);
  await expect(third.locator('.presence__person')).toHaveCount(3);
  await Promise.all(windows.map((window, index) => typeInParagraph(window, index, ` Zu dritt: Fenster ${index + 1}.`)));
  const trio = [`${pair[0]} Zu dritt: Fenster 1.`, `${pair[1]} Zu dritt: Fenster 2.`, 'Absatz drei. Zu dritt: Fenster 3.'];
  for (const window of windows) for (const sentence of trio) await expect(editorOf(window)).toContainText(sentence);
  const texts = await Promise.all(windows.map(documentText));
  expect(new Set(texts).size).toBe(1);
  for (const window of windows) await expect(liveStatus(window)).toHaveText('Live – gespeichert', { timeout: 15_000 });
  await first.screenshot({ path: `${screens}/live-editing.png`, fullPage: true });

  // Stored: a fresh load shows everything, and so does the version history.
  await page.goto(href);
  for (const sentence of trio) await expect(editorOf(page)).toContainText(sentence);
  // Live saves of one person coalesce into one revision, which is the text everyone ended with.
  await page.goto(`${href}/verlauf`);
  await expect(page.locator('.revision').first()).toContainText('Gleich wie die aktuelle Fassung.');
});

test('comments: select text, comment, reply and resolve; listeners never see them', async ({ browser, page }) => {
  test.setTimeout(90_000);
  const href = await episodeHref(page, 'S02E02');
  const [writer, reader] = await Promise.all([openLive(browser, href), openLive(browser, href)]);
  await typeAtEnd(writer, 'Miranda kauft eine Wohnung ganz allein.');
  await editorOf(writer).getByText('Miranda kauft eine Wohnung ganz allein.').selectText();
  await writer.getByRole('button', { name: 'Kommentieren' }).click();
  await writer.getByPlaceholder('Kommentar').fill('Hier fehlt die Szene mit dem Makler.');
  await writer.getByRole('button', { name: 'Kommentar speichern' }).click();

  // The other window sees the thread and the marked passage at once, and answers.
  const thread = reader.locator('.comment-thread').filter({ hasText: 'Hier fehlt die Szene mit dem Makler.' });
  await expect(thread).toBeVisible();
  await expect(editorOf(reader).locator('.comment-anchor')).toHaveText('Miranda kauft eine Wohnung ganz allein.');
  await thread.getByPlaceholder('Antworten').fill('Stimmt, ergänze ich.');
  await thread.getByRole('button', { name: 'Antworten' }).click();
  await expect(writer.locator('.comment-thread').filter({ hasText: 'Stimmt, ergänze ich.' })).toBeVisible();
  await writer.screenshot({ path: `${screens}/live-comments.png`, fullPage: true });

  await writer.locator('.comment-thread').getByRole('button', { name: 'Erledigt' }).click();
  await expect(reader.getByText('Erledigt (1)')).toBeVisible();
  await expect(editorOf(reader).locator('.comment-anchor')).toHaveCount(0);

  // Published, the recap shows the text, never the comments.
  await expect(liveStatus(writer)).toHaveText('Live – gespeichert', { timeout: 15_000 });
  await writer.getByRole('button', { name: 'Jetzt veröffentlichen' }).click();
  await expect(writer.getByText('veröffentlicht', { exact: true }).first()).toBeVisible();
  const listener = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await listener.goto('/episode/s02e02-the-awful-truth');
  await expect(listener.locator('article')).toContainText('Miranda kauft eine Wohnung ganz allein.');
  const html = await listener.content();
  expect(html).not.toContain('Makler');
  expect(html).not.toContain('comment');
});

test('the collaboration server is killed and restarted: edits made meanwhile merge, nothing is lost', async ({ browser, page }) => {
  test.setTimeout(120_000);
  const href = await episodeHref(page, 'S02E03');
  const [one, two] = await Promise.all([openLive(browser, href), openLive(browser, href)]);
  await typeAtEnd(one, 'Vor dem Absturz geschrieben.');
  await expect(editorOf(two)).toContainText('Vor dem Absturz geschrieben.');
  await expect(liveStatus(one)).toHaveText('Live – gespeichert', { timeout: 15_000 });

  process.kill(collabPid(), 'SIGKILL');
  await expect(liveStatus(one)).toContainText('Verbindung unterbrochen', { timeout: 15_000 });
  await typeAtEnd(one, 'Während des Ausfalls in Fenster eins.');
  await typeAtEnd(two, 'Während des Ausfalls in Fenster zwei.');
  await one.screenshot({ path: `${screens}/live-offline.png`, fullPage: true });

  // npm start brings the server back; both windows reconnect by themselves and merge.
  for (const window of [one, two]) {
    await expect(liveStatus(window)).toHaveText('Live – gespeichert', { timeout: 45_000 });
    for (const sentence of ['Vor dem Absturz geschrieben.', 'Während des Ausfalls in Fenster eins.', 'Während des Ausfalls in Fenster zwei.']) {
      await expect(editorOf(window)).toContainText(sentence);
    }
  }
  await page.goto(href);
  await expect(editorOf(page)).toContainText('Während des Ausfalls in Fenster zwei.');
  await expect(editorOf(page)).toContainText('Während des Ausfalls in Fenster eins.');
});

test('a host corrects a published recap live: listeners see it within seconds, not after the page cache expires', async ({ browser, page }) => {
  test.setTimeout(90_000);
  const href = await episodeHref(page, 'S03E18');
  await page.goto('/staffel/3');
  await page.getByRole('link', { name: /Cock a Doodle Do/ }).first().click();
  await page.waitForURL(/\/episode\//);
  const publicUrl = page.url();
  await expect(page.locator('main')).not.toContainText('Live korrigiert');

  const editor = await openLive(browser, href);
  await typeAtEnd(editor, 'Live korrigiert: der Hahn kräht um fünf.');
  await expect(liveStatus(editor)).toHaveText('Live – gespeichert', { timeout: 15_000 });
  // Well within the one-minute fallback of the cached page.
  await expect(async () => {
    await page.goto(publicUrl);
    await expect(page.locator('main')).toContainText('Live korrigiert: der Hahn kräht um fünf.', { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
});

test('refresh requests that Rewatch did not sign, or that name no known change, are refused', async ({ request }) => {
  const body = JSON.stringify({ at: Date.now(), change: { kind: 'listing' } });
  const unsigned = await request.post('/api/intern/oeffentlich-aktualisieren', { data: body, headers: { 'Content-Type': 'application/json' } });
  expect(unsigned.status()).toBe(403);
  expect(await unsigned.json()).toEqual({ error: 'Nicht berechtigt.' });
  const forged = await request.post('/api/intern/oeffentlich-aktualisieren', { data: body, headers: { 'Content-Type': 'application/json', 'X-Rewatch-Signature': 'AAAA' } });
  expect(forged.status()).toBe(403);
  const huge = await request.post('/api/intern/oeffentlich-aktualisieren', { data: 'x'.repeat(100_000), headers: { 'Content-Type': 'application/json' } });
  expect(huge.status()).toBe(413);

  // Signed with the app's own secret (the one npm start keeps in the data folder), as the app and the collaboration server sign.
  const secret = process.env.NEXTAUTH_SECRET ?? readFileSync(`.data/e2e-${process.env.E2E_PORT ?? 3100}/auth-secret`, 'utf8').trim();
  const signed = (payload: string) =>
    request.post('/api/intern/oeffentlich-aktualisieren', { data: payload, headers: { 'Content-Type': 'application/json', 'X-Rewatch-Signature': signInternal(payload, secret) } });
  for (const unknown of [JSON.stringify({ at: Date.now(), change: { kind: 'alles' } }), JSON.stringify({ at: Date.now() })]) {
    const refused = await signed(unknown);
    expect(refused.status()).toBe(400);
    expect(await refused.json()).toEqual({ error: 'Unbekannte Änderung.' });
  }
  expect((await signed(JSON.stringify({ at: Date.now(), change: { kind: 'text', episodeIds: [1] } }))).status()).toBe(200);
});
