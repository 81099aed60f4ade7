import { describe, expect, it } from 'vitest';
import { singleFlight } from '@/lib/cache/single-flight';

const deferred = <T>() => {
  let resolve: (value: T) => void = () => {};
  let reject: (error: unknown) => void = () => {};
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
};

describe('single flight', () => {
  it('runs a load once for everyone who asks for the same key while it runs, and again afterwards', async () => {
    const once = singleFlight<string>();
    let loads = 0;
    const pending = deferred<string>();
    const load = () => {
      loads++;
      return pending.promise;
    };
    const together = [once('suche:hochzeit', load), once('suche:hochzeit', load), once('suche:hochzeit', load)];
    expect(loads).toBe(1);
    pending.resolve('Treffer');
    expect(await Promise.all(together)).toEqual(['Treffer', 'Treffer', 'Treffer']);
    await once('suche:hochzeit', async () => {
      loads++;
      return 'frisch';
    });
    expect(loads).toBe(2);
  });

  it('keeps different keys apart and does not keep an error for later callers', async () => {
    const once = singleFlight<string>();
    const failing = deferred<string>();
    const first = once('a', () => failing.promise);
    const second = once('a', () => Promise.resolve('nie'));
    expect(await once('b', async () => 'b')).toBe('b');
    failing.reject(new Error('Datenbank weg'));
    await expect(first).rejects.toThrow('Datenbank weg');
    await expect(second).rejects.toThrow('Datenbank weg');
    expect(await once('a', async () => 'wieder da')).toBe('wieder da');
  });
});
