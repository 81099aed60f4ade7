import { unstable_cache } from 'next/cache';
import { insideNext } from '@/lib/env';
import { singleFlight } from './single-flight';

// Every cache tag of the public archive. Pages are static or incrementally regenerated;
// their data is read through `cached()` below, so each page carries the tags of what it
// shows, and a change refreshes those tags (./refresh.ts; a one-minute timer is only a fallback).

export const cacheTags = {
  /** Anything that lists or orders episodes: home, season lists, pager, related, feeds, sitemap. */
  episodes: 'episodes',
  episode: (slug: string) => `episode:${slug}`,
  /** Anything that shows the text of recaps beyond their excerpt: search and feeds. */
  recapTexts: 'recap-texts',
  season: (number: number) => `season:${number}`,
  /** The character index and co-appearances. */
  characters: 'characters',
  character: (slug: string) => `character:${slug}`,
  storylines: 'storylines',
  storyline: (slug: string) => `storyline:${slug}`,
} as const;

// unstable_cache stores JSON; dates travel as tagged strings and come back as Dates.
const dateKey = '$date';

function encode(value: unknown): unknown {
  if (value instanceof Date) return { [dateKey]: value.toISOString() };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value;
}

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    const [only] = entries;
    if (entries.length === 1 && only?.[0] === dateKey && typeof only[1] === 'string') return new Date(only[1]);
    return Object.fromEntries(entries.map(([k, v]) => [k, decode(v)]));
  }
  return value;
}

// Publishing expires tags at once; the timer is for what no one triggers: a recap
// scheduled for later becomes public within a minute of its time, on every instance.
// (The pages' `export const revalidate = 60` says the same; Next needs it as a literal.)
const fallbackSeconds = 60;

const loadOnce = singleFlight<unknown>();

/**
 * Reads through Next's data cache with tags; concurrent misses of one key share one query.
 * Outside a Next render (tests, scripts) there is no cache, so the query runs directly.
 */
export async function cached<T>(load: () => Promise<T>, key: string[], tags: string[]): Promise<T> {
  if (!insideNext()) return load();
  const read = unstable_cache(async () => encode(await loadOnce(JSON.stringify(key), load)), key, { tags, revalidate: fallbackSeconds });
  return decode(await read()) as T;
}
