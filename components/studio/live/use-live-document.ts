'use client';

import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { liveDocumentName } from '@/lib/recaps/live/document-name';
import { type LiveEndpoint, liveUrlFor } from '@/lib/recaps/live/endpoint';
import { decodeLiveMessage } from '@/lib/recaps/live/messages';
import { isCoveredBy } from '@/lib/recaps/live/state-vector';

export type LiveState =
  /** Trying to reach the collaboration server for the first time. */
  | { phase: 'connecting' }
  /** Not reachable (or refused) at the start: the editor works without live connection. */
  | { phase: 'unavailable'; reason: string }
  /** Access was taken away while the document was open. */
  | { phase: 'revoked' }
  | {
      phase: 'live';
      ydoc: Y.Doc;
      provider: HocuspocusProvider;
      /** What the server lets this person do now. */
      mode: 'write' | 'read';
      /** false while the connection is down; edits keep going into the document and merge on return. */
      online: boolean;
      /** Local changes the server has not acknowledged yet. */
      unsynced: number;
      /** The server's reason for not taking the latest text, until the next change. */
      refused: string | null;
      /** Whether this person's own changes are in the database (not just on the server). */
      stored: boolean;
      /** Resolves once `stored` holds, or after a few seconds (publishing waits for it). */
      waitUntilStored: () => Promise<void>;
    };

// If the first connection takes longer, the editor starts without live connection
// rather than keeping people waiting.
const firstConnectTimeoutMs = 6_000;
// The server stores about a second after the last change; publishing waits at most this long.
const storeWaitMs = 8_000;

/**
 * The shared document of one episode's recap and its connection. Falls back to
 * 'unavailable' only before the first sync; once live, a lost connection is a
 * state of the live document (edits are kept and merged when it returns).
 */
export function useLiveDocument(episodeId: number, endpoint: LiveEndpoint): LiveState {
  const [state, setState] = useState<LiveState>({ phase: 'connecting' });
  // Re-rendered pages pass a new object with the same values: that must not reconnect.
  const { url, port } = endpoint;

  useEffect(() => {
    const ydoc = new Y.Doc();
    const socket = new HocuspocusProviderWebsocket({ url: liveUrlFor({ url, port }, window.location), delay: 500, minDelay: 500, maxDelay: 5_000 });
    let live = false;
    let mode: 'write' | 'read' = 'read';
    let refused: string | null = null;
    let stored = true;
    const storedWaiters = new Set<() => void>();
    const waitUntilStored = () =>
      stored
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            const done = () => {
              storedWaiters.delete(done);
              resolve();
            };
            storedWaiters.add(done);
            setTimeout(done, storeWaitMs);
          });
    const provider = new HocuspocusProvider({ websocketProvider: socket, name: liveDocumentName(episodeId), document: ydoc });
    provider.attach();

    const publish = () => {
      if (!live) return;
      if (stored) for (const resolve of [...storedWaiters]) resolve();
      setState({
        phase: 'live',
        ydoc,
        provider,
        mode,
        online: socket.status === WebSocketStatus.Connected && provider.isSynced,
        unsynced: provider.unsyncedChanges,
        refused,
        stored,
        waitUntilStored,
      });
    };
    const giveUp = (reason: string) => {
      if (live) return;
      clearTimeout(timer);
      provider.destroy();
      socket.destroy();
      setState({ phase: 'unavailable', reason });
    };
    const timer = setTimeout(() => giveUp('Die Live-Bearbeitung antwortet nicht.'), firstConnectTimeoutMs);

    provider.on('authenticated', ({ scope }: { scope: string }) => {
      mode = scope === 'read-write' ? 'write' : 'read';
      publish();
    });
    provider.on('synced', ({ state: isSynced }: { state: boolean }) => {
      if (isSynced && !live) {
        live = true;
        clearTimeout(timer);
      }
      publish();
    });
    provider.on('authenticationFailed', () => giveUp('Die Live-Bearbeitung hat die Verbindung abgelehnt.'));
    provider.on('unsyncedChanges', publish);
    provider.on('stateless', ({ payload }: { payload: string }) => {
      const message = decodeLiveMessage(payload);
      if (message?.type === 'access') mode = message.mode;
      if (message?.type === 'refused') refused = message.message;
      if (message?.type === 'stored' && isCoveredBy(ydoc, message.vector)) stored = true;
      if (message?.type === 'revoked') {
        live = false;
        provider.destroy();
        socket.destroy();
        setState({ phase: 'revoked' });
        return;
      }
      publish();
    });
    ydoc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin === provider) return;
      // A new change of one's own clears an old refusal and waits to be stored.
      refused = null;
      if (stored) {
        stored = false;
        publish();
      }
    });
    socket.on('status', publish);
    socket.on('close', () => {
      if (!live) giveUp('Die Live-Bearbeitung ist nicht erreichbar.');
      else publish();
    });

    return () => {
      clearTimeout(timer);
      provider.destroy();
      socket.destroy();
      ydoc.destroy();
    };
  }, [episodeId, url, port]);

  return state;
}
