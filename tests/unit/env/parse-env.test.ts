import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';

describe('environment variables', () => {
  it('takes whole numbers in range and applies the defaults', () => {
    const env = parseEnv({ PORT: '4000', REQUEST_CONCURRENCY: '16' });
    expect(env.PORT).toBe(4000);
    expect(env.REQUEST_CONCURRENCY).toBe(16);
    expect(parseEnv({}).REQUEST_CONCURRENCY).toBe(8);
  });

  it('refuses a number that is not one, not whole or out of range with a German message naming the variable', () => {
    for (const value of ['abc', '2.5', '0', '1001']) {
      expect(() => parseEnv({ REQUEST_CONCURRENCY: value }), value).toThrow('REQUEST_CONCURRENCY: muss eine ganze Zahl von 1 bis 1000 sein');
    }
    expect(() => parseEnv({ PORT: 'x', DATABASE_CONNECT_TIMEOUT_MS: '5' })).toThrow(
      /PORT: muss eine ganze Zahl von 1 bis 65535 sein\nDATABASE_CONNECT_TIMEOUT_MS: muss eine ganze Zahl ab 100 sein/,
    );
  });
});
