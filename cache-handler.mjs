// Next's incremental cache (ISR pages, unstable_cache data) in Redis, so that several app
// instances share one cache and a publish on one of them (revalidateTag / updateTag) is
// seen by all at once. next.config.ts uses this file only when REDIS_URL is set at build
// time; without it each instance keeps its own cache on disk. Plain JavaScript: Next loads
// it as it is, outside the app's bundle (and outside lib/env.ts, hence process.env here).
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import { createClient } from 'redis';

CacheHandler.onCreation(({ buildId }) => {
  // One connection per process, however many times Next creates a handler.
  globalThis.rewatchCacheConfig ??= (async () => {
    // The build renders pages of a version the running instances do not serve yet; they stay
    // in the build's own memory, and the instances fill Redis as they render.
    if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD || !process.env.REDIS_URL || !buildId) {
      return { handlers: [createLruHandler()] };
    }
    const client = createClient({ url: process.env.REDIS_URL, pingInterval: 10_000 });
    client.on('error', (error) => console.error(`Cache (Redis): ${error.message}`));
    try {
      await client.connect();
    } catch (error) {
      // Serving with a cache of its own beats not serving; the log says that instances may now disagree.
      console.error(`Cache (Redis) nicht erreichbar, diese Instanz cacht für sich allein: ${error instanceof Error ? error.message : error}`);
      return { handlers: [createLruHandler()] };
    }
    // Entries of different builds must never mix: their pages reference different chunks.
    return { handlers: [createRedisHandler({ client, keyPrefix: `rewatch:${buildId}:`, timeoutMs: 2_000 })] };
  })();
  return globalThis.rewatchCacheConfig;
});

export default CacheHandler;
