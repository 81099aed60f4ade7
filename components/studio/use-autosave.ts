'use client';

import equal from 'fast-deep-equal';
import { useCallback, useEffect, useRef, useState } from 'react';
import { saveRecapDraft } from '@/lib/recaps/actions';
import type { SaveOutcome } from '@/lib/recaps/save-draft';
import { clearLocalDraft, writeLocalDraft } from './local-draft';

export type SaveState =
  | { kind: 'saved'; at: Date | null }
  | { kind: 'saving' }
  | { kind: 'offline' }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; theirs: Extract<SaveOutcome, { status: 'conflict' }>['current']; mine: unknown };

const debounceMs = 800;
const retryMs = 5_000;
// A server action whose request is lost may never settle; after this long it counts as offline.
// Longer than the server's limit for a save (lib/db/save-transaction.ts, 10 s), so a slow save that
// commits is answered before the editor gives up on it.
const requestTimeoutMs = 12_000;

class SaveTimeout extends Error {}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new SaveTimeout()), requestTimeoutMs);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

// By value, not by JSON text: the server's copy comes out of a jsonb column, which orders keys its own way.
const sameDocument = (a: unknown, b: unknown) => equal(a, b);
// Enough for a long outage's worth of distinct unanswered saves; older ones are long superseded.
const maxUnconfirmed = 20;

function remember(unconfirmed: { current: unknown[] }, body: unknown): void {
  if (!unconfirmed.current.some((sent) => sameDocument(sent, body))) unconfirmed.current = [...unconfirmed.current, body].slice(-maxUnconfirmed);
}

/**
 * Debounced autosave with optimistic versioning. Every change goes to the
 * browser's storage first; the server save carries the version it is based on.
 * A network failure keeps the text locally and retries; a stale version stops
 * autosaving and hands both texts to the conflict view.
 */
export function useAutosave(episodeId: number, initialVersion: number) {
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: null });
  const version = useRef(initialVersion);
  const pending = useRef<unknown>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef(false);
  const stopped = useRef(false);
  // Bodies sent without an answer that says whether they were stored (timeout, busy
  // database): the server may have stored them all the same, under a newer version.
  const unconfirmed = useRef<unknown[]>([]);
  // Retries and follow-up saves call the latest flush through this ref.
  const flushRef = useRef<() => Promise<void>>(async () => {});

  const flush = useCallback(async () => {
    if (inFlight.current || stopped.current || pending.current === null) return;
    const body = pending.current;
    pending.current = null;
    inFlight.current = true;
    setState({ kind: 'saving' });
    try {
      const result = await withTimeout(saveRecapDraft({ episodeId, baseVersion: version.current, body }));
      if (!result.ok && result.retryable) {
        // The server answered, but its database is down or busy: keep the text and retry like offline.
        remember(unconfirmed, body);
        pending.current ??= body;
        setState({ kind: 'offline' });
        timer.current = setTimeout(() => void flushRef.current(), retryMs);
        return;
      }
      if (!result.ok) {
        pending.current ??= body;
        // Shown until the next change, which tries again (e.g. after shortening an oversized text).
        setState({ kind: 'error', message: result.error });
        return;
      }
      const outcome = result.data;
      const ownEarlierSave = outcome.status === 'conflict' && [body, ...unconfirmed.current].some((sent) => sameDocument(outcome.current.body, sent));
      if (outcome.status === 'conflict' && ownEarlierSave) {
        // A save that timed out earlier did reach the server: the "other" version is our own,
        // and the text now pending was written on top of it, so it goes out again on that version.
        version.current = outcome.current.version;
        unconfirmed.current = [];
        if (!sameDocument(outcome.current.body, body)) pending.current ??= body;
        if (pending.current === null) {
          clearLocalDraft(episodeId);
          setState({ kind: 'saved', at: new Date() });
        }
      } else if (outcome.status === 'conflict') {
        stopped.current = true;
        setState({ kind: 'conflict', theirs: outcome.current, mine: pending.current ?? body });
      } else {
        version.current = outcome.version;
        unconfirmed.current = [];
        if (pending.current === null) {
          clearLocalDraft(episodeId);
          setState({ kind: 'saved', at: new Date(outcome.savedAt) });
        }
      }
    } catch {
      // No answer (offline, server down, timeout): keep it and retry. It may have arrived all the same.
      remember(unconfirmed, body);
      pending.current ??= body;
      setState({ kind: 'offline' });
      timer.current = setTimeout(() => void flushRef.current(), retryMs);
      // The retry timer takes it from here; saving again at once would only fail again.
      return;
    } finally {
      inFlight.current = false;
    }
    if (pending.current !== null && !stopped.current) void flushRef.current();
  }, [episodeId]);

  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  const change = useCallback(
    (doc: unknown) => {
      // ProseMirror builds attrs with a null prototype, which server actions do not pass
      // on as plain objects; a JSON copy is exactly what the server stores anyway.
      const body: unknown = JSON.parse(JSON.stringify(doc));
      pending.current = body;
      writeLocalDraft(episodeId, { baseVersion: version.current, body, savedAt: Date.now() });
      if (stopped.current) return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), debounceMs);
    },
    [episodeId, flush],
  );

  /** After a conflict: continue from `baseVersion` with `body` (mine, theirs or merged). */
  const resolve = useCallback(
    (baseVersion: number, body: unknown) => {
      version.current = baseVersion;
      stopped.current = false;
      pending.current = body;
      void flush();
    },
    [flush],
  );

  useEffect(() => {
    const online = () => void flush();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [flush]);

  /** A status change made a new version; later saves are based on it. */
  const setVersion = useCallback((next: number) => {
    version.current = next;
  }, []);

  return { state, change, resolve, setVersion };
}
