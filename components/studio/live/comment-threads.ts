import { z } from 'zod';
import * as Y from 'yjs';

// Comment threads of a live document. They live in the shared Yjs document (map
// "comments"), beside the text and never in the recap body: everyone in the document
// sees them at once, offline replies merge like text, and nothing of them can reach a
// public page. The text carries only the anchor (the "comment" mark with the thread id).

export const commentBody = z
  .string()
  .trim()
  .min(1, 'Bitte schreib einen Kommentar.')
  .max(2_000, 'Ein Kommentar darf höchstens 2.000 Zeichen lang sein.');

export type CommentMessage = { id: string; author: string; body: string; at: string };
export type CommentThread = { id: string; quote: string; resolved: boolean; createdAt: string; messages: CommentMessage[] };

const maxQuoteLength = 160;

function threads(ydoc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return ydoc.getMap('comments');
}

function message(author: string, body: string): CommentMessage {
  return { id: crypto.randomUUID(), author, body: commentBody.parse(body), at: new Date().toISOString() };
}

export function startThread(ydoc: Y.Doc, input: { id: string; quote: string; author: string; body: string }): void {
  const first = message(input.author, input.body);
  ydoc.transact(() => {
    const thread = new Y.Map<unknown>();
    thread.set('quote', input.quote.length > maxQuoteLength ? `${input.quote.slice(0, maxQuoteLength - 1)}…` : input.quote);
    thread.set('resolved', false);
    thread.set('createdAt', first.at);
    thread.set('messages', Y.Array.from([first]));
    threads(ydoc).set(input.id, thread);
  });
}

export function reply(ydoc: Y.Doc, threadId: string, author: string, body: string): void {
  const messages = threads(ydoc).get(threadId)?.get('messages');
  if (messages instanceof Y.Array) messages.push([message(author, body)]);
}

export function setResolved(ydoc: Y.Doc, threadId: string, resolved: boolean): void {
  threads(ydoc).get(threadId)?.set('resolved', resolved);
}

/** Plain copies of all threads, oldest first; malformed entries (from a buggy or hostile client) are skipped. */
export function readThreads(ydoc: Y.Doc): CommentThread[] {
  const result: CommentThread[] = [];
  threads(ydoc).forEach((thread, id) => {
    if (!(thread instanceof Y.Map)) return;
    const messages = thread.get('messages');
    const quote = thread.get('quote');
    const createdAt = thread.get('createdAt');
    if (!(messages instanceof Y.Array) || typeof quote !== 'string' || typeof createdAt !== 'string') return;
    result.push({
      id,
      quote,
      resolved: thread.get('resolved') === true,
      createdAt,
      messages: (messages.toArray() as unknown[]).filter(isMessage),
    });
  });
  return result.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

function isMessage(value: unknown): value is CommentMessage {
  const candidate = value as Partial<CommentMessage> | null;
  return typeof candidate?.id === 'string' && typeof candidate.author === 'string' && typeof candidate.body === 'string' && typeof candidate.at === 'string';
}

/** Calls `onChange` whenever any thread changes; returns the unsubscribe function. */
export function observeThreads(ydoc: Y.Doc, onChange: () => void): () => void {
  const map = threads(ydoc);
  map.observeDeep(onChange);
  return () => map.unobserveDeep(onChange);
}
