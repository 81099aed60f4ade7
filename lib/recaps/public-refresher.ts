import { signInternal } from '@/lib/security/internal-signature';
import { mergeChanges, type PublicChange } from './public-change';

export const publicRefreshPath = '/api/intern/oeffentlich-aktualisieren';

export type PublicRefresher = {
  /** A published recap changed: the pages that show the change are due for regeneration. */
  changed: (change: PublicChange) => void;
  /** Sends what is still waiting, so a stop does not leave public pages stale. */
  flush: () => Promise<void>;
};

/**
 * Tells the app that published recaps changed, so their public pages are regenerated: from
 * the collaboration server, its own process that cannot reach Next's cache, and from the
 * app's own autosave, whose server action has no way to defer it. While hosts type, this
 * would be a request every second or two, each followed by a fresh render of every page
 * readers ask for; under load those renders queued up on the database until saves timed out
 * (bench/load-with-writers.ts). It is sent at most once per `intervalMs`, and a change in
 * between is covered by one more request at the end of the interval, for all changes since the
 * last. A failed request is logged and left to the pages' one-minute fallback.
 */
export function createPublicRefresher(options: { appUrl: string; secret: string; intervalMs?: number; log: (message: string) => void }): PublicRefresher {
  const intervalMs = options.intervalMs ?? 3_000;
  let lastSent = 0;
  let timer: NodeJS.Timeout | null = null;
  let waiting: PublicChange | null = null;

  const send = async () => {
    timer = null;
    lastSent = Date.now();
    const change = waiting;
    waiting = null;
    if (!change) return;
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

  return {
    changed(change) {
      waiting = mergeChanges(waiting, change);
      if (timer) return;
      timer = setTimeout(() => void send(), Math.max(0, lastSent + intervalMs - Date.now()));
      timer.unref();
    },
    async flush() {
      if (!timer) return;
      clearTimeout(timer);
      await send();
    },
  };
}
