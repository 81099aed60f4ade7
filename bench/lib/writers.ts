// The editors of the load benches (bench/load-with-writers.ts, bench/front-load.ts): headless
// Chromium pages typing into recaps in the studio, each save counted when the page says it is
// stored ("Live – gespeichert" / "Gespeichert"); any other outcome the page shows (offline,
// conflict, not saved, refused) is an error. Afterwards each editor is reloaded in a fresh
// context and its text must contain everything typed.
import type { Browser, BrowserContext, Page } from '@playwright/test';

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
const storedStatus = /^(Live – gespeichert|Gespeichert)$/;
const failedStatus = /^(Verbindung unterbrochen|Offline|Nicht gespeichert|Konflikt)/;

export type EditorRun = { url: string; typed: string; saves: number; problems: string[]; statusAtEnd: string };

/**
 * Every text the save status shows, in order, collected in the page (statuses change faster
 * than polling sees). A string, not a function: tsx would wrap a function's inner helpers in
 * its own `__name`, which the page does not have.
 */
const statusRecorder = `(() => {
  const seen = [];
  window.benchStatuses = seen;
  const read = () => {
    const text = document.querySelector('.save-status')?.textContent?.trim() ?? '';
    if (text && seen.at(-1) !== text) seen.push(text);
    for (const alert of document.querySelectorAll('[role="alert"]')) {
      const message = 'Hinweis: ' + (alert.textContent?.trim() ?? '');
      if (!seen.includes(message)) seen.push(message);
    }
  };
  new MutationObserver(read).observe(document.body, { subtree: true, childList: true, characterData: true });
  read();
})()`;

export async function openEditor(page: Page, url: string, mode: 'live' | 'autosave'): Promise<void> {
  if (mode === 'autosave') await page.routeWebSocket(/.*/, (socket) => socket.close());
  // Under 200 readers a cold editor load (1 MB of JavaScript) took longer than 30 s on two cores.
  await page.goto(url, { timeout: 120_000 });
  const expected = mode === 'live' ? /^Live – / : /^(Gespeichert|Noch keine Änderungen)$/;
  await page.locator('.save-status').filter({ hasText: expected }).waitFor({ timeout: 60_000 });
  await page.evaluate(statusRecorder);
}

export async function runEditor(page: Page, url: string, label: string, until: number): Promise<EditorRun> {
  const editor = page.getByRole('textbox', { name: 'Recap-Text' });
  await editor.click();
  // Type at the end of the recap, not wherever the click landed.
  await page.keyboard.press('Control+End');
  const run: EditorRun = { url, typed: '', saves: 0, problems: [], statusAtEnd: '' };
  for (let i = 0; Date.now() < until; i++) {
    const sentence = `${label} schreibt Satz ${i}. `;
    await editor.pressSequentially(sentence);
    run.typed += sentence;
    // Longer than the autosave debounce and the collaboration server's store delay.
    await page.waitForTimeout(1_200);
  }
  const status = page.locator('.save-status').filter({ hasText: storedStatus });
  run.statusAtEnd = await status.waitFor({ timeout: 30_000 }).then(
    () => 'gespeichert',
    async () => (await page.locator('.save-status').first().textContent()) ?? '?',
  );
  const statuses = (await page.evaluate('window.benchStatuses')) as string[];
  run.saves = statuses.filter((text) => storedStatus.test(text)).length;
  run.problems = statuses.filter((text) => failedStatus.test(text) || text.startsWith('Hinweis:')).map((text) => text.slice(0, 100));
  return run;
}

/** What the server has now, read through a fresh session: every typed sentence must be there. */
export async function typedTextSurvived(browser: Browser, state: Awaited<ReturnType<BrowserContext['storageState']>>, run: EditorRun): Promise<boolean> {
  const context = await browser.newContext({ storageState: state });
  const page = await context.newPage();
  await page.goto(run.url, { timeout: 120_000 });
  const editor = page.getByRole('textbox', { name: 'Recap-Text' });
  await editor.waitFor();
  const ok = await editor
    .filter({ hasText: run.typed.trim().split('. ').at(-1) ?? '' })
    .waitFor({ timeout: 15_000 })
    .then(async () => normalise((await editor.textContent()) ?? '').includes(normalise(run.typed)), () => false);
  await context.close();
  return ok;
}

/** Signs in (bench/lib/app.ts) and returns the studio editor URLs of S02E01 … S02E<count>. */
export async function editorUrls(host: Page, base: string, count: number): Promise<string[]> {
  const urls: string[] = [];
  for (let i = 1; i <= count; i++) {
    await host.goto(`${base}/studio`);
    await host.getByRole('link', { name: new RegExp(`^S02E${String(i).padStart(2, '0')} `) }).click();
    await host.waitForURL(/\/studio\/folgen\/\d+$/);
    urls.push(host.url());
  }
  return urls;
}
