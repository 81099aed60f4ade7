import { signInternal } from '@/lib/security/internal-signature';
import type { PublicChange } from './public-change';
import { type RefreshThrottle, throttleRefresh } from './throttle';

export const publicRefreshPath = '/api/intern/oeffentlich-aktualisieren';

/**
 * Tells the app that published recaps changed through the live document, so their public
 * pages are regenerated: the collaboration server is its own process and cannot reach Next's
 * cache, so it sends a signed request to the app's refresh route, throttled like the app's own
 * refresh. A failed request is logged and left to the pages' one-minute fallback.
 */
export function createPublicRefresher(options: { appUrl: string; secret: string; intervalMs?: number; log: (message: string) => void }): RefreshThrottle {
  const send = async (change: PublicChange) => {
    const body = JSON.stringify({ at: Date.now(), change });
    try {
      const response = await fetch(new URL(publicRefreshPath, options.appUrl), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Rewatch-Signature': signInternal(body, options.secret) },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) options.log(`Öffentliche Seiten nicht aktualisiert (HTTP ${response.status}); sie folgen spätestens nach einer Minute.`);
    } catch (error) {
      options.log(`App für die Aktualisierung öffentlicher Seiten nicht erreichbar (${String(error)}); sie folgen spätestens nach einer Minute.`);
    }
  };
  return throttleRefresh({ send, intervalMs: options.intervalMs });
}
