/**
 * Runs `load` once for all callers that ask for the same key while it runs: they share its
 * result or its error, and the next caller after it settles starts afresh. Next's data
 * cache only joins duplicate reads within one request, so when a publish expires the
 * archive's tags, every listener request arriving before the first refill would otherwise
 * run the same queries at once, and the embedded database's pool would time out.
 * The price: a request that joins a load begun just before a write sees what that load
 * read, i.e. data older than itself by at most the query's run time.
 */
export function singleFlight<T>(): (key: string, load: () => Promise<T>) => Promise<T> {
  const running = new Map<string, Promise<T>>();
  return (key, load) => {
    const current = running.get(key);
    if (current) return current;
    const started = load().finally(() => running.delete(key));
    running.set(key, started);
    return started;
  };
}
