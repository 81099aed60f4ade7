import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { prosemirrorJSONToYXmlFragment, updateYFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { RecapDocument } from '@/lib/recaps/document';
import { recapSchema } from '@/lib/recaps/document/validate';
import { bodyField } from './y-field';

// The bridge between a recap body (Tiptap JSON) and the shared Yjs document the editors write in.

export const emptyBody: RecapDocument = { type: 'doc', content: [{ type: 'paragraph' }] };

/** The recap body the shared document holds now; nodes the schema does not know are dropped. */
export function bodyFromY(ydoc: Y.Doc): RecapDocument {
  if (isEmptyY(ydoc)) return emptyBody;
  const node = yXmlFragmentToProseMirrorRootNode(ydoc.getXmlFragment(bodyField), recapSchema());
  return node.toJSON() as RecapDocument;
}

export function isEmptyY(ydoc: Y.Doc): boolean {
  return ydoc.getXmlFragment(bodyField).length === 0;
}

/**
 * Makes the shared document hold `body`, as the smallest set of Yjs changes: edits
 * made concurrently elsewhere merge with it instead of being replaced.
 */
export function applyBody(ydoc: Y.Doc, body: unknown, origin: unknown = 'server'): void {
  const fragment = ydoc.getXmlFragment(bodyField);
  const node = ProseMirrorNode.fromJSON(recapSchema(), body ?? emptyBody);
  ydoc.transact(() => {
    if (fragment.length === 0) prosemirrorJSONToYXmlFragment(recapSchema(), node.toJSON(), fragment);
    else updateYFragment(ydoc, fragment, node, { mapping: new Map(), isOMark: new Map() });
  }, origin);
}

/** The whole document as one Yjs update, in the byte array type the database column takes. */
export function encodeState(ydoc: Y.Doc): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Y.encodeStateAsUpdate(ydoc));
}
