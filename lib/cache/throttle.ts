import { mergeChanges, type PublicChange } from './public-change';

export type RefreshThrottle = {
  /** A published recap changed: the pages that show the change are due for regeneration. */
  changed: (change: PublicChange) => void;
  /** Passes on what is still waiting, so a stop does not leave public pages stale. */
  flush: () => Promise<void>;
};

/** Runs `run` after `waitMs`; returns how to call it off. */
export type Defer = (waitMs: number, run: () => Promise<void>) => () => void;

const timerDefer: Defer = (waitMs, run) => {
  const timer = setTimeout(() => void run(), waitMs);
  timer.unref();
  return () => clearTimeout(timer);
};

/**
 * While hosts type, a published recap changes every second or two; refreshing its pages each
 * time made every reader's request wait for a fresh render until saves timed out under load.
 * So changes are passed to `send` at most once per `intervalMs`: the first at once, those in
 * between merged into one more call at the end of the interval. `send` must not throw.
 */
export function throttleRefresh(options: { send: (change: PublicChange) => Promise<void>; intervalMs?: number; defer?: Defer }): RefreshThrottle {
  const intervalMs = options.intervalMs ?? 3_000;
  const defer = options.defer ?? timerDefer;
  let lastSent = 0;
  let cancel: (() => void) | null = null;
  let waiting: PublicChange | null = null;

  const send = async () => {
    cancel = null;
    lastSent = Date.now();
    const change = waiting;
    waiting = null;
    if (change) await options.send(change);
  };

  return {
    changed(change) {
      waiting = mergeChanges(waiting, change);
      if (cancel) return;
      cancel = defer(Math.max(0, lastSent + intervalMs - Date.now()), send);
    },
    async flush() {
      if (!cancel) return;
      cancel();
      await send();
    },
  };
}
