import { signInternal } from '@/lib/security/internal-signature';

export const publicRefreshPath = '/api/intern/oeffentlich-aktualisieren';

export type PublicRefresher = {
  /** A published recap changed in a live document: its public pages are due for regeneration. */
  changed: () => void;
  /** Sends what is still waiting, so a stop does not leave public pages stale. */
  flush: () => Promise<void>;
};

/**
 * Tells the app that published recaps changed in the live document, so the public pages
 * are regenerated as after a save in the studio: the collaboration server is its own
 * process and cannot reach Next's cache itself. While hosts type, this would be a request
 * every second; it is sent at most once per `intervalMs`, and a change in between is
 * covered by one more request at the end of the interval. A failed request is logged and
 * left to the pages' one-minute fallback.
 */
export function createPublicRefresher(options: { appUrl: string; secret: string; intervalMs?: number; log: (message: string) => void }): PublicRefresher {
  const intervalMs = options.intervalMs ?? 3_000;
  let lastSent = 0;
  let timer: NodeJS.Timeout | null = null;

  const send = async () => {
    timer = null;
    lastSent = Date.now();
    const body = JSON.stringify({ at: Date.now() });
    try {
      const response = await fetch(new URL(publicRefreshPath, options.appUrl), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Rewatch-Signature': signInternal(body, options.secret) },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) options.log(`Zusammenarbeit: öffentliche Seiten nicht aktualisiert (HTTP ${response.status}); sie folgen spätestens nach einer Minute.`);
    } catch (error) {
      options.log(`Zusammenarbeit: App für die Aktualisierung öffentlicher Seiten nicht erreichbar (${String(error)}); sie folgen spätestens nach einer Minute.`);
    }
  };

  return {
    changed() {
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
