import { describe, expect, it } from 'vitest';
import { parseSearchParams } from '@/lib/search/params';
import { emptyResultKey, maxResultKeyLength, paramsOfResultKey, resultKeyOf, searchPathOfResultKey } from '@/lib/search/result-key';

const keyOf = (query: string) => resultKeyOf(new URLSearchParams(query));

describe('search result keys', () => {
  it('round-trips the search parameters, umlauts and syntax included', () => {
    const key = resultKeyOf(new URLSearchParams({ q: "Größe & 'Schuhe'; DROP", staffel: '4', figur: 'carrie-bradshaw', strang: 'carrie-und-big' }));
    expect(key).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(paramsOfResultKey(key ?? '')).toEqual({ q: "Größe & 'Schuhe'; DROP", staffel: '4', figur: 'carrie-bradshaw', strang: 'carrie-und-big' });
  });

  it('gives one key to every spelling the page reads alike', () => {
    expect(keyOf('q=Hochzeit')).toBe(keyOf('utm_source=x&q=%20Hochzeit%20&q=zweites'));
    expect(keyOf('strang=x&q=Hochzeit')).toBe(keyOf('q=Hochzeit&strang=x'));
    expect(keyOf('q=Hochzeit')).not.toBe(keyOf('q=hochzeit'));
  });

  it('keeps malformed filters, so the page can say it ignored them', () => {
    const raw = paramsOfResultKey(keyOf('q=Big&staffel=1%3BDROP&figur=..%2F..') ?? '');
    expect(parseSearchParams(raw ?? {}).ignored).toEqual(['staffel', 'figur']);
  });

  it('leads back to the per-request search page with the same search', () => {
    const key = keyOf('figur=carrie-bradshaw&q=Größe %26 Schuhe') ?? '';
    const path = new URL(searchPathOfResultKey(key), 'http://rewatch.test');
    expect(path.pathname).toBe('/suche');
    expect(resultKeyOf(path.searchParams)).toBe(key);
    expect(searchPathOfResultKey(emptyResultKey)).toBe('/suche');
  });

  it('names the bare search page', () => {
    expect(keyOf('')).toBe(emptyResultKey);
    expect(keyOf('q=%20%20&staffel=')).toBe(emptyResultKey);
    expect(paramsOfResultKey(emptyResultKey)).toEqual({});
  });

  it('leaves searches too long for a file name to the per-request page', () => {
    expect(keyOf(`q=${'ä'.repeat(200)}`)).toBeNull();
    expect(keyOf(`q=${'Schuh'.repeat(500)}`)).toBeNull();
    const key = keyOf('q=Mr. Big und die Hochzeitsanzeigen in der Times');
    expect(key?.length).toBeLessThanOrEqual(maxResultKeyLength);
  });

  it('refuses keys no search URL gives', () => {
    for (const made of ['', '..%2F..', 'a/b', 'x'.repeat(maxResultKeyLength + 1), 'leer2', Buffer.from('q=a&q=b').toString('base64url'), Buffer.from('zz=1').toString('base64url'), Buffer.from([0xc0, 0xaf]).toString('base64url')]) {
      expect(paramsOfResultKey(made), made).toBeNull();
    }
  });
});
