// Every distinct search that gets its own cached page leaves an entry in Next's incremental
// cache, about 70 KiB, which on the file system is never removed. Anyone can make up new
// searches, so without a bound they would fill the disk. A process caches the pages of at
// most `maxCachedSearches` distinct searches (the first that are asked for; popular ones come
// first by nature); every other search is rendered per request, as before the page cache.

export const maxCachedSearches = 2_000;

/** Whether the search with this key may have a cached page: yes for keys already admitted and while there is room. */
export function createSearchAdmission(limit = maxCachedSearches): (key: string) => boolean {
  const admitted = new Set<string>();
  return (key) => {
    if (admitted.has(key)) return true;
    if (admitted.size >= limit) return false;
    admitted.add(key);
    return true;
  };
}
