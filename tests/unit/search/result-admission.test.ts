import { describe, expect, it } from 'vitest';
import { createSearchAdmission, maxCachedSearches } from '@/lib/search/result-admission';

describe('which searches get a cached page', () => {
  it('admits searches until the bound, keeps admitting those it has, and refuses new ones beyond it', () => {
    const admit = createSearchAdmission(3);
    expect(['a', 'b', 'a', 'c'].map(admit)).toEqual([true, true, true, true]);
    expect(admit('d')).toBe(false);
    expect(admit('b')).toBe(true);
    expect(admit('e')).toBe(false);
  });

  it('caches no more than its bound of a flood of made-up searches', () => {
    const admit = createSearchAdmission();
    let admitted = 0;
    for (let i = 0; i < 100_000; i++) if (admit(`q=${i}`)) admitted++;
    expect(admitted).toBe(maxCachedSearches);
  });
});
