import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readThreads, reply, setResolved, startThread } from '@/components/studio/live/comment-threads';
import { episodeIdOfDocument, liveDocumentName } from '@/lib/recaps/live/document-name';
import { liveUrlFor } from '@/lib/recaps/live/endpoint';
import { decodeLiveMessage, encodeLiveMessage } from '@/lib/recaps/live/messages';
import { isCoveredBy } from '@/lib/recaps/live/state-vector';
import { applyBody, bodyFromY } from '@/lib/recaps/live/y-body';
import { documentFromText } from '@/lib/recaps/document';
import { validateDocument } from '@/lib/recaps/document/validate';

const vector = (doc: Y.Doc) => Buffer.from(Y.encodeStateVector(doc)).toString('base64');

describe('live document names', () => {
  it('round-trips episode ids and refuses everything else', () => {
    expect(episodeIdOfDocument(liveDocumentName(42))).toBe(42);
    for (const name of ['folge-0', 'folge-042', 'folge-', 'folge-1/../2', 'recap-1', 'folge-99999999999', ' folge-1', 'folge-1\n']) {
      expect(episodeIdOfDocument(name), name).toBeNull();
    }
  });
});

describe('the collaboration address', () => {
  it('uses COLLAB_URL when set, else the page host with the collaboration port', () => {
    expect(liveUrlFor({ url: 'wss://rewatch.example/collab', port: 3001 }, { protocol: 'https:', hostname: 'rewatch.example' })).toBe('wss://rewatch.example/collab');
    expect(liveUrlFor({ url: null, port: 3001 }, { protocol: 'http:', hostname: 'localhost' })).toBe('ws://localhost:3001');
    expect(liveUrlFor({ url: null, port: 3001 }, { protocol: 'https:', hostname: '::1' })).toBe('wss://[::1]:3001');
  });
});

describe('messages between server and editor', () => {
  it('decodes what the server sends and ignores anything else', () => {
    expect(decodeLiveMessage(encodeLiveMessage({ type: 'access', mode: 'read' }))).toEqual({ type: 'access', mode: 'read' });
    for (const junk of ['', 'null', '{"type":"access","mode":"admin"}', '{"type":"eval"}', '{']) expect(decodeLiveMessage(junk)).toBeNull();
  });
});

describe('recap bodies in the shared document', () => {
  it('round-trips a body and applies a new one as a minimal change that merges with concurrent typing', () => {
    const base = new Y.Doc();
    applyBody(base, documentFromText('Eins.\n\nZwei.'));
    expect(bodyFromY(base)).toEqual(documentFromText('Eins.\n\nZwei.'));

    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(base));
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(base));
    applyBody(mine, documentFromText('Eins.\n\nZwei.\n\nDrei von mir.'));
    applyBody(theirs, documentFromText('Null von dir.\n\nEins.\n\nZwei.'));
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs));
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
    expect(bodyFromY(mine)).toEqual(bodyFromY(theirs));
    expect(bodyFromY(mine)).toEqual(documentFromText('Null von dir.\n\nEins.\n\nZwei.\n\nDrei von mir.'));
  });

  it('keeps comment anchors in the body, and validation accepts only proper thread ids', () => {
    const threadId = crypto.randomUUID();
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Makler', marks: [{ type: 'comment', attrs: { threadId } }] }] }] };
    expect(validateDocument(body).ok).toBe(true);
    const forged = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'comment', attrs: { threadId: '"><script>' } }] }] }] };
    expect(validateDocument(forged).ok).toBe(false);
  });
});

describe('stored state', () => {
  it('counts one’s changes as stored only when the stored state vector covers them', () => {
    const doc = new Y.Doc();
    expect(isCoveredBy(doc, null)).toBe(true);
    doc.getText('t').insert(0, 'a');
    const storedAfterA = vector(doc);
    expect(isCoveredBy(doc, null)).toBe(false);
    expect(isCoveredBy(doc, storedAfterA)).toBe(true);
    doc.getText('t').insert(1, 'b');
    expect(isCoveredBy(doc, storedAfterA)).toBe(false);
  });
});

describe('comment threads', () => {
  it('starts, answers and resolves threads; malformed entries from a hostile client are skipped', () => {
    const doc = new Y.Doc();
    const id = crypto.randomUUID();
    startThread(doc, { id, quote: 'Miranda kauft eine Wohnung', author: 'Chris', body: '  Szene fehlt.  ' });
    reply(doc, id, 'Nils', 'Ergänze ich.');
    setResolved(doc, id, true);
    doc.getMap('comments').set('kaputt', 'kein Thread' as never);
    const threads = readThreads(doc);
    expect(threads).toHaveLength(1);
    expect(threads[0]).toMatchObject({ id, quote: 'Miranda kauft eine Wohnung', resolved: true });
    expect(threads[0]?.messages.map((message) => [message.author, message.body])).toEqual([
      ['Chris', 'Szene fehlt.'],
      ['Nils', 'Ergänze ich.'],
    ]);
    expect(() => reply(doc, id, 'Nils', '   ')).toThrow('Bitte schreib einen Kommentar.');
  });
});
