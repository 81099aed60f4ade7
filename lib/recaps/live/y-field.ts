/** The Yjs field the recap body lives in; Tiptap's Collaboration extension and the server use this one. */
export const bodyField = 'default';
