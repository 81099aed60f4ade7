import { describe, expect, it } from 'vitest';
import { isSafeHref } from '@/lib/recaps/document/safe-href';

describe('isSafeHref', () => {
  it('allows absolute http, https and mailto addresses', () => {
    for (const href of ['https://example.org', 'http://example.org/a?b=c#d', 'HTTPS://EXAMPLE.ORG', 'mailto:chris@example.org']) {
      expect(isSafeHref(href), href).toBe(true);
    }
  });

  it('refuses script, data and other schemes, relative and protocol-relative addresses and disguises', () => {
    const hostile = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'ftp://example.org',
      '/figuren/carrie',
      '../admin',
      '//evil.example',
      'https:evil.example',
      'https:/evil.example',
      'https://archiv.example@evil.example',
      'https://user:pass@evil.example',
      'mailto:',
      '',
      'x'.repeat(3000),
    ];
    for (const href of hostile) expect(isSafeHref(href), JSON.stringify(href)).toBe(false);
    expect(isSafeHref(42)).toBe(false);
    expect(isSafeHref(null)).toBe(false);
  });
});
