import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { encode } from 'next-auth/jwt';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { liveDocumentName } from '@/lib/recaps/live/document-name';
import { decodeLiveMessage, type LiveMessage } from '@/lib/recaps/live/messages';

export const testSecret = 'ein-test-geheimnis-mit-mindestens-32-zeichen';
export const testOrigin = 'http://localhost:3999';

/** The studio's session cookie for a user, signed as next-auth signs it. */
export async function sessionCookie(userId: number, secret = testSecret): Promise<string> {
  return `next-auth.session-token=${await encode({ token: { sub: String(userId) }, secret })}`;
}

export type LiveClient = {
  ydoc: Y.Doc;
  provider: HocuspocusProvider;
  messages: LiveMessage[];
  failures: string[];
  closes: string[];
  close: () => void;
};

/** A Node client that connects like the studio's editor does, with a cookie and an Origin. */
export function connectLiveClient(options: { port: number; episodeId: number; cookie?: string; origin?: string }): LiveClient {
  const headers: Record<string, string> = { origin: options.origin ?? testOrigin };
  if (options.cookie) headers.cookie = options.cookie;
  class CookieWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  const ydoc = new Y.Doc();
  const messages: LiveMessage[] = [];
  const failures: string[] = [];
  const closes: string[] = [];
  const websocketProvider = new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${options.port}`,
    WebSocketPolyfill: CookieWebSocket,
    delay: 100,
    minDelay: 100,
    maxDelay: 500,
  });
  const provider = new HocuspocusProvider({
    websocketProvider,
    name: liveDocumentName(options.episodeId),
    document: ydoc,
    onStateless: ({ payload }) => {
      const message = decodeLiveMessage(payload);
      if (message) messages.push(message);
    },
    onAuthenticationFailed: ({ reason }) => failures.push(reason),
    onClose: ({ event }) => closes.push(event.reason),
  });
  // A provider given its own socket does not attach itself.
  provider.attach();
  return {
    ydoc,
    provider,
    messages,
    failures,
    closes,
    close: () => {
      provider.destroy();
      websocketProvider.destroy();
    },
  };
}

/** Resolves when `check` holds, polling; fails with `what` after `timeoutMs`. */
export async function eventually(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`Nicht eingetreten nach ${timeoutMs} ms: ${what}`);
}
