import type { Editor } from '@tiptap/core';

// The toolbar's buttons as data: label (German, also the accessible name), shortcut,
// how to run it and how to tell whether it is on. Prompts (link, timestamp) are opened
// by the toolbar itself.

export type ToolbarState = Record<string, boolean>;

export type ToolbarAction = {
  id: string;
  label: string;
  /** Visible glyph; the label is the accessible name. */
  glyph: string;
  /** aria-keyshortcuts value and its German spelling for the tooltip. */
  shortcut?: { aria: string; text: string };
  /** A toggle exposes aria-pressed. */
  isActive?: (editor: Editor) => boolean;
  canRun: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
  /** Starts a new group (a separator before it). */
  groupStart?: boolean;
};

const mod = (key: string, shift = false) => ({
  aria: `Control+${shift ? 'Shift+' : ''}${key}`,
  text: `Strg+${shift ? 'Umschalt+' : ''}${key}`,
});

export const toolbarActions: ToolbarAction[] = [
  { id: 'bold', label: 'Fett', glyph: 'F', shortcut: mod('B'), isActive: (e) => e.isActive('bold'), canRun: (e) => e.can().toggleBold(), run: (e) => e.chain().focus().toggleBold().run() },
  { id: 'italic', label: 'Kursiv', glyph: 'K', shortcut: mod('I'), isActive: (e) => e.isActive('italic'), canRun: (e) => e.can().toggleItalic(), run: (e) => e.chain().focus().toggleItalic().run() },
  { id: 'spoiler', label: 'Spoiler', glyph: '◐', shortcut: mod('S', true), isActive: (e) => e.isActive('spoiler'), canRun: (e) => e.can().toggleSpoiler(), run: (e) => e.chain().focus().toggleSpoiler().run() },
  { id: 'link', label: 'Link', glyph: '↗', shortcut: mod('K'), isActive: (e) => e.isActive('link'), canRun: () => true, run: () => undefined },
  { id: 'heading2', groupStart: true, label: 'Zwischenüberschrift', glyph: 'H2', shortcut: { aria: 'Control+Alt+2', text: 'Strg+Alt+2' }, isActive: (e) => e.isActive('heading', { level: 2 }), canRun: (e) => e.can().toggleHeading({ level: 2 }), run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
  { id: 'heading3', label: 'Unterüberschrift', glyph: 'H3', shortcut: { aria: 'Control+Alt+3', text: 'Strg+Alt+3' }, isActive: (e) => e.isActive('heading', { level: 3 }), canRun: (e) => e.can().toggleHeading({ level: 3 }), run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
  { id: 'bulletList', label: 'Aufzählung', glyph: '•', shortcut: mod('8', true), isActive: (e) => e.isActive('bulletList'), canRun: (e) => e.can().toggleBulletList(), run: (e) => e.chain().focus().toggleBulletList().run() },
  { id: 'orderedList', label: 'Nummerierte Liste', glyph: '1.', shortcut: mod('7', true), isActive: (e) => e.isActive('orderedList'), canRun: (e) => e.can().toggleOrderedList(), run: (e) => e.chain().focus().toggleOrderedList().run() },
  { id: 'blockquote', label: 'Zitat', glyph: '„', shortcut: mod('B', true), isActive: (e) => e.isActive('blockquote'), canRun: (e) => e.can().toggleBlockquote(), run: (e) => e.chain().focus().toggleBlockquote().run() },
  { id: 'speakerQuote', label: 'Zitat mit Figur', glyph: '„@', isActive: (e) => e.isActive('speakerQuote'), canRun: (e) => e.can().toggleSpeakerQuote(), run: (e) => e.chain().focus().toggleSpeakerQuote().run() },
  { id: 'timestamp', groupStart: true, label: 'Zeitmarke einfügen', glyph: '0:00', canRun: () => true, run: () => undefined },
  { id: 'undo', groupStart: true, label: 'Rückgängig', glyph: '↶', shortcut: mod('Z'), canRun: (e) => e.can().undo(), run: (e) => e.chain().focus().undo().run() },
  { id: 'redo', label: 'Wiederholen', glyph: '↷', shortcut: mod('Z', true), canRun: (e) => e.can().redo(), run: (e) => e.chain().focus().redo().run() },
];

/** One snapshot per transaction for useEditorState: pressed and enabled per button. */
export function toolbarState(editor: Editor): ToolbarState {
  const state: ToolbarState = {};
  for (const action of toolbarActions) {
    state[`${action.id}:active`] = action.isActive?.(editor) ?? false;
    state[`${action.id}:enabled`] = editor.isEditable && action.canRun(editor);
  }
  return state;
}
