import { describe, expect, it } from 'vitest';
import { safeCallbackUrl } from '@/lib/auth/callback-url';

describe('the address after sign-in', () => {
  it('keeps paths on this site', () => {
    expect(safeCallbackUrl('/studio/folgen/12')).toBe('/studio/folgen/12');
    expect(safeCallbackUrl('/studio?status=draft#oben')).toBe('/studio?status=draft#oben');
    expect(safeCallbackUrl(['/studio/personen', '/x'])).toBe('/studio/personen');
  });

  it('refuses anything a browser could read as another host', () => {
    for (const hostile of ['//evil.example', '/\\evil.example', '\\\\evil.example', 'https://evil.example', 'javascript:alert(1)', '/\t/evil.example', ' /studio', '']) {
      expect(safeCallbackUrl(hostile), JSON.stringify(hostile)).toBe('/studio');
    }
    expect(safeCallbackUrl(undefined)).toBe('/studio');
  });
});
