import { type APIResponse, expect, type Page, test } from '@playwright/test';
import { hostState } from './fixtures';

// Every kind of response carries the security headers, and the pages still work under
// their Content-Security-Policy: public pages (static, inline scripts allowed, nothing
// foreign), studio and sign-in (a per-request nonce with 'strict-dynamic').

const episodePath = '/episode/s02e05-four-women-and-a-funeral';

function directive(policy: string, name: string): string {
  return policy.split(';').map((part) => part.trim()).find((part) => part.startsWith(`${name} `)) ?? '';
}

function expectBaseHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['x-frame-options']).toBe('DENY');
  // The test server runs on http://localhost: no HSTS there.
  expect(headers['strict-transport-security']).toBeUndefined();
  const policy = headers['content-security-policy'] ?? '';
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
  expect(directive(policy, 'script-src')).not.toContain('unsafe-eval');
  return policy;
}

test.describe('headers', () => {
  for (const path of ['/', episodePath, '/figuren', '/suche?q=Schuhe', '/feed.xml', '/api/auth/csrf', '/gibt-es-nicht']) {
    test(`public response ${path}`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBeLessThan(500);
      const policy = expectBaseHeaders(response);
      expect(directive(policy, 'script-src')).toBe("script-src 'self' 'unsafe-inline'");
    });
  }

  for (const path of ['/anmelden', '/studio', '/einladung/kein-token', '/einrichten/kein-token']) {
    test(`nonce policy ${path}`, async ({ request }) => {
      const [a, b] = [await request.get(path, { maxRedirects: 0 }), await request.get(path, { maxRedirects: 0 })];
      const policy = expectBaseHeaders(a);
      const scripts = directive(policy, 'script-src');
      expect(scripts).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' ('sha256-[A-Za-z0-9+/=]{44}' )*'strict-dynamic'$/);
      // A fresh nonce per request.
      expect(directive(expectBaseHeaders(b), 'script-src')).not.toBe(scripts);
    });
  }
});

/** Collects CSP violations the page reports (the event fires for every blocked script, style or frame). */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      // zod 4 probes once whether it may compile validators with new Function and falls back
      // when the policy says no: the refusal is the policy working, not a broken page.
      if (event.blockedURI === 'eval') return;
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
      report(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  return violations;
}

/** Next's client runtime ran (it sets window.next), so its scripts were not blocked. */
async function expectHydrated(page: Page) {
  await expect.poll(() => page.evaluate(() => 'next' in window)).toBe(true);
}

test.describe('pages under the policy', () => {
  test('home and episode (their own script) and sign-in (Next’s client) run without CSP violations', async ({ page }) => {
    const violations = await watchViolations(page);
    // Public pages carry no Next runtime (lib/http/plain-public-pages.ts); their own script runs:
    // the header's live search fetches and lists hits while typing.
    for (const path of ['/', episodePath]) {
      await page.goto(path);
      await page.getByRole('combobox', { name: 'Recaps durchsuchen' }).fill('Hochzeit');
      await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
    }
    await page.goto('/anmelden');
    await expectHydrated(page);
    await expect(page.getByRole('button', { name: 'Anmelden' })).toBeEnabled();
    expect(violations).toEqual([]);
  });

  test.describe('signed in', () => {
    test.use({ storageState: hostState });
    test('studio and the recap editor run without CSP violations', async ({ page }) => {
      const violations = await watchViolations(page);
      await page.goto('/studio');
      await expectHydrated(page);
      await page.getByRole('link', { name: /^S01E02 / }).click();
      const editor = page.getByRole('textbox', { name: 'Recap-Text' });
      // The editor is created in the browser: editable means its scripts ran under the nonce policy.
      await expect(editor).toHaveAttribute('contenteditable', 'true');
      expect(violations).toEqual([]);
    });
  });
});
