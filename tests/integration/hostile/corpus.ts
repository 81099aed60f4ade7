import { expect } from 'vitest';

// The hostile-input corpus shared by the tests in this folder: what an attacker (or a
// broken client) could put into text, links, attributes, ids, tokens, slugs and files.

/** Markup and script in places meant for text. Stored as text, they must render as text. */
export const scriptTexts = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><body onload='alert(1)'>",
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">klick</a>',
  '</p><script src=//evil.example/x.js></script>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '<style>body{display:none}</style>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '\u202Egnp.exe <b>rechts-nach-links</b>',
];

/** Link targets that must never become a clickable href. */
export const hostileHrefs = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  ' javascript:alert(1)',
  'javascript://%0aalert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/',
  '/studio/personen',
  'https://archiv.example@evil.example/',
  'https:evil.example',
  '\u0000javascript:alert(1)',
  `https://example.org/${'a'.repeat(3_000)}`,
  'mailto:',
  'blob:https://example.org/1',
];

/** SQL and search syntax where a word or a slug is expected. */
export const sqlAndSearchSyntax = [
  "' OR '1'='1",
  "'; DROP TABLE \"Recap\"; --",
  '1; SELECT pg_sleep(5)',
  "carrie' UNION SELECT \"passwordHash\" FROM \"User\" --",
  'Carrie & | ! :* <-> (Big',
  "!!!'''\"\"\"",
  '\\x00\\\\',
  '%_%',
  '💄👠🍸',
  'Schuh'.repeat(200),
];

/** Path traversal and other non-slugs in URL segments and file names. */
export const traversal = [
  '../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '..\\..\\windows\\win.ini',
  '/etc/passwd',
  'carrie/../../studio',
  'carrie%00',
  'carrie\u0000bradshaw',
  'CARRIE',
  'carrie--bradshaw',
  '-carrie',
  'carrie bradshaw',
  'a'.repeat(201),
];

/** Forged one-time tokens (setup links, invitations). */
export const forgedTokens: unknown[] = [
  '',
  'abc',
  'A'.repeat(43),
  'A'.repeat(44),
  '../../../../etc/passwd',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  'x'.repeat(5_000),
  null,
  12345,
  { $ne: null },
  ['A'.repeat(43)],
];

/** A refusal a person can read: German, no internals. */
export function expectGermanRefusal(result: { ok: boolean; error?: string }, context = ''): void {
  expect(result.ok, context).toBe(false);
  const message = result.error ?? '';
  expect(message.length, context).toBeGreaterThan(5);
  // Internals and English library messages must not reach the person.
  expect(message, context).not.toMatch(/Invalid|expected|received|prisma|SELECT|stack|Error:|Cannot/i);
  expect(message, context).toMatch(/[äöüÄÖÜß]|unbekannt|ungültig|höchstens|bitte|nicht|kein|\b(der|die|das|ein|eine|zu|gibt|ist|sind|darf|fehlt)\b/i);
}

/** Markup a listener's browser would run or follow. */
export function expectInertHtml(html: string, context = ''): void {
  expect(html, context).not.toMatch(/<script/i);
  expect(html, context).not.toMatch(/<(iframe|object|embed|style|svg|math|img)\b/i);
  // Only inside real tags: escaped text may read "onload=" and is harmless.
  expect(html, context).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
  expect(html, context).not.toMatch(/(href|src)\s*=\s*"\s*(javascript|data|vbscript|file):/i);
}
