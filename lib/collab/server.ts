import { Redis } from '@hocuspocus/extension-redis';
import { type Connection, type Document, type Extension, Server } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { SessionUser } from '@/lib/auth/permissions';
import type { Db } from '@/lib/db/client';
import { isDatabaseUnavailable } from '@/lib/db/unavailable';
import type { PublicChange } from '@/lib/cache/public-change';
import { findEnabledUser } from '@/lib/users/queries';
import { liveAccess, userFromCookies, type LiveAccess } from './access';
import { episodeIdOfDocument } from '@/lib/recaps/live/document-name';
import { type LiveMessage, encodeLiveMessage } from '@/lib/recaps/live/messages';
import { syncLiveDocument } from './sync-live-document';

export type CollabContext = { user: SessionUser; episodeId: number };

export type CollabServerOptions = {
  db: Db;
  port: number;
  host?: string;
  /** NEXTAUTH_SECRET: the collaboration server reads the studio's session cookie. */
  secret: string;
  /** Browser origins allowed to connect (the studio's); connections naming another origin are refused. */
  allowedOrigins: string[];
  /** With Redis, several collaboration servers share their documents. */
  redisUrl?: string;
  /** How often access is checked again and stored changes from elsewhere are merged (ms). */
  recheckMs?: number;
  /** Quiet time before the document is stored (ms); every change is stored within `maxDebounceMs`. */
  debounceMs?: number;
  maxDebounceMs?: number;
  /** Called after a published recap changed through the live document (see lib/cache/notify-app.ts). */
  onPublicChange?: (change: PublicChange) => void;
  log?: (message: string) => void;
};

// One message from a client may not exceed this; a long recap is ~100 KB of JSON.
const maxMessageBytes = 2 * 1024 * 1024;

/** Hocuspocus sends a thrown error's `reason` to the client as the refusal's reason. */
class Refusal extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

function redisExtension(url: string): Extension {
  const parsed = new URL(url);
  return new Redis({
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    prefix: 'rewatch-collab',
    options: {
      password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
      username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
      db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    },
  });
}

/**
 * The collaboration server (Hocuspocus): one shared Yjs document per episode's recap,
 * authenticated with the studio's session, authorised per episode by `can`, stored in
 * PostgreSQL through syncLiveDocument, and re-checked every few seconds so that revoked
 * access, a disabled account or a publication (guests become readers) takes effect while
 * people are connected.
 */
export function createCollabServer(options: CollabServerOptions): Server<CollabContext> {
  const { db } = options;
  const log = options.log ?? ((message: string) => console.log(message));
  const knownSeq = new Map<string, number>();
  const lastEditor = new Map<string, SessionUser>();

  const send = (connection: Connection, message: LiveMessage) => connection.sendStateless(encodeLiveMessage(message));
  const sync = async (document: Document, editor?: SessionUser) => {
    const episodeId = episodeIdOfDocument(document.name);
    if (episodeId === null) return;
    const result = await syncLiveDocument(db, episodeId, document, { editor });
    knownSeq.set(document.name, result.seq);
    if (result.publicChange) options.onPublicChange?.(result.publicChange);
    if (result.refused) document.broadcastStateless(encodeLiveMessage({ type: 'refused', message: result.refused }));
    else if (editor) document.broadcastStateless(encodeLiveMessage({ type: 'stored', vector: Buffer.from(Y.encodeStateVector(document)).toString('base64') }));
  };

  const extension: Extension = {
    extensionName: 'rewatch',
    async onConnect({ requestHeaders }) {
      const origin = requestHeaders.get('origin');
      // Browsers always name the page's origin; a foreign page must not ride on the cookie.
      if (origin && !options.allowedOrigins.includes(origin)) throw new Refusal('Fremde Herkunft');
    },
    async onAuthenticate({ documentName, requestHeaders, connectionConfig }): Promise<CollabContext> {
      const episodeId = episodeIdOfDocument(documentName);
      if (episodeId === null) throw new Refusal('Unbekanntes Dokument');
      const user = await userFromCookies(db, requestHeaders.get('cookie'), options.secret);
      const access = await liveAccess(db, user, episodeId);
      if (!user || !access) throw new Refusal('Kein Zugriff');
      connectionConfig.readOnly = access === 'read';
      return { user, episodeId };
    },
    async onLoadDocument({ document }) {
      await sync(document);
      return document;
    },
    async connected({ connection }) {
      send(connection, { type: 'access', mode: connection.readOnly ? 'read' : 'write' });
    },
    async onChange({ documentName, context }) {
      const user = (context as Partial<CollabContext> | undefined)?.user;
      if (user) lastEditor.set(documentName, user);
    },
    async onStoreDocument({ document, documentName }) {
      const editor = lastEditor.get(documentName);
      lastEditor.delete(documentName);
      try {
        await sync(document, editor);
      } catch (error) {
        // Not stored now, stored with the next change or sweep: the edits stay in memory and in the clients.
        if (editor) lastEditor.set(documentName, editor);
        throw error;
      }
    },
    async afterUnloadDocument({ documentName }) {
      knownSeq.delete(documentName);
      lastEditor.delete(documentName);
    },
  };

  const server = new Server<CollabContext>({
    name: 'rewatch-collab',
    port: options.port,
    address: options.host ?? '127.0.0.1',
    quiet: true,
    stopOnSignals: false,
    debounce: options.debounceMs ?? 1_000,
    maxDebounce: options.maxDebounceMs ?? 5_000,
    timeout: 30_000,
    websocketOptions: { maxPayload: maxMessageBytes },
    extensions: [...(options.redisUrl ? [redisExtension(options.redisUrl)] : []), extension],
  });

  let sweeping = false;
  const sweep = async () => {
    if (sweeping) return;
    sweeping = true;
    try {
      await recheckAccess(db, server, send);
      await mergeStoredChanges(db, server, knownSeq, sync);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) log(`Zusammenarbeit: Abgleich fehlgeschlagen: ${String(error)}`);
    } finally {
      sweeping = false;
    }
  };
  const timer = setInterval(() => void sweep(), options.recheckMs ?? 2_000);
  timer.unref();
  server.hocuspocus.configuration.extensions.push({
    extensionName: 'rewatch-sweep',
    async onDestroy() {
      clearInterval(timer);
    },
  });
  return server;
}

function connectionsOf(server: Server<CollabContext>): { document: Document; connection: Connection<CollabContext> }[] {
  return [...server.hocuspocus.documents.values()].flatMap((document) =>
    document.getConnections().map((connection) => ({ document, connection: connection as Connection<CollabContext> })),
  );
}

/** Access is asked again for every open connection: revoked or disabled people are disconnected. */
async function recheckAccess(db: Db, server: Server<CollabContext>, send: (connection: Connection, message: LiveMessage) => void) {
  const answers = new Map<string, Promise<LiveAccess>>();
  for (const { connection } of connectionsOf(server)) {
    const { user, episodeId } = connection.context;
    const key = `${user.id}:${episodeId}`;
    if (!answers.has(key)) answers.set(key, findEnabledUser(db, user.id).then((current) => liveAccess(db, current, episodeId)));
    const access = await answers.get(key);
    if (!access) {
      send(connection, { type: 'revoked' });
      connection.close({ code: 4403, reason: 'Zugriff entzogen' });
    } else if ((access === 'read') !== connection.readOnly) {
      connection.readOnly = access === 'read';
      send(connection, { type: 'access', mode: access });
    }
  }
}

/** Stored changes made elsewhere (another server, a restore, a save without live connection) reach the open documents. */
async function mergeStoredChanges(db: Db, server: Server<CollabContext>, knownSeq: Map<string, number>, sync: (document: Document) => Promise<void>) {
  const documents = [...server.hocuspocus.documents.values()].filter((document) => !document.isLoading && knownSeq.has(document.name));
  const ids = documents.map((document) => episodeIdOfDocument(document.name)).filter((id): id is number => id !== null);
  if (!ids.length) return;
  const rows = await db.collabDocument.findMany({
    where: { episodeId: { in: ids } },
    select: { episodeId: true, seq: true, recapVersion: true, episode: { select: { recap: { select: { version: true } } } } },
  });
  for (const row of rows) {
    const document = documents.find((candidate) => episodeIdOfDocument(candidate.name) === row.episodeId);
    if (!document) continue;
    const behind = row.seq !== knownSeq.get(document.name) || row.recapVersion !== (row.episode.recap?.version ?? null);
    if (behind) await sync(document);
  }
}
