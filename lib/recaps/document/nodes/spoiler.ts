import { Mark, mergeAttributes } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    spoiler: {
      /** Marks or unmarks the selection as a hint about later episodes. */
      toggleSpoiler: () => ReturnType;
    };
  }
}

/** A hint about later episodes; public pages hide it until the reader reveals it. */
export const Spoiler = Mark.create({
  name: 'spoiler',
  // Links may sit inside a spoiler; the spoiler is the outer mark.
  priority: 1100,

  parseHTML() {
    return [{ tag: 'span[data-spoiler]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { 'data-spoiler': '', class: 'spoiler' }), 0];
  },

  addCommands() {
    return {
      toggleSpoiler:
        () =>
        ({ commands }) =>
          commands.toggleMark(this.name),
    };
  },

  addKeyboardShortcuts() {
    return { 'Mod-Shift-s': () => this.editor.commands.toggleSpoiler() };
  },
});
