import { Mark, mergeAttributes } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    comment: {
      /** Anchors a comment thread at the selection. */
      setComment: (threadId: string) => ReturnType;
      /** Removes a thread's anchor wherever it is. */
      unsetComment: (threadId: string) => ReturnType;
    };
  }
}

/** Thread ids are made by the editor (crypto.randomUUID); anything else is refused on save. */
export const commentThreadIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Where an editors' comment thread sits in the text. The threads themselves live in the
 * shared live document, never in the recap; public pages render this mark as plain text.
 */
export const Comment = Mark.create({
  name: 'comment',
  // Typing at the end of a commented passage does not extend the comment.
  inclusive: false,

  addAttributes() {
    return {
      threadId: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-comment-thread'),
        renderHTML: (attributes) => ({ 'data-comment-thread': attributes.threadId as string }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-comment-thread]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { class: 'comment-anchor' }), 0];
  },

  addCommands() {
    return {
      setComment:
        (threadId) =>
        ({ commands }) =>
          commands.setMark(this.name, { threadId }),
      unsetComment:
        (threadId) =>
        ({ tr, state, dispatch }) => {
          const type = state.schema.marks.comment;
          if (!type) return false;
          state.doc.descendants((node, pos) => {
            for (const mark of node.marks) {
              if (mark.type === type && mark.attrs.threadId === threadId) tr.removeMark(pos, pos + node.nodeSize, mark);
            }
          });
          dispatch?.(tr);
          return true;
        },
    };
  },
});
