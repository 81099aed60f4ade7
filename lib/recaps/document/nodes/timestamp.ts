import { Node, mergeAttributes, nodeInputRule, nodePasteRule } from '@tiptap/core';
import { formatTimestamp, isValidTimestampSeconds, timestampInputPattern, timestampPastePattern, parseTimestamp } from '../timestamp-format';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    timestamp: {
      /** Inserts a timestamp (seconds into the episode) at the cursor. */
      insertTimestamp: (seconds: number) => ReturnType;
    };
  }
}

// An atom rather than a mark: the time is data (attrs.seconds), not formatted text a
// host could half-delete into "[12:3".
export const Timestamp = Node.create({
  name: 'timestamp',
  group: 'inline',
  inline: true,
  atom: true,

  addAttributes() {
    return {
      seconds: {
        default: 0,
        parseHTML: (element) => Number(element.getAttribute('data-seconds')) || 0,
        renderHTML: (attributes) => ({ 'data-seconds': attributes.seconds }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-type="timestamp"]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const seconds = Number(node.attrs.seconds);
    return ['span', mergeAttributes(HTMLAttributes, { 'data-type': 'timestamp' }), formatTimestamp(seconds)];
  },

  renderText({ node }) {
    return `[${formatTimestamp(Number(node.attrs.seconds))}]`;
  },

  addCommands() {
    return {
      insertTimestamp:
        (seconds) =>
        ({ commands }) =>
          isValidTimestampSeconds(seconds) && commands.insertContent({ type: this.name, attrs: { seconds } }),
    };
  },

  // Input and paste rules only run inside an editor; on the server they are inert data.
  addInputRules() {
    return [nodeInputRule({ find: timestampInputPattern, type: this.type, getAttributes: (match) => ({ seconds: parseTimestamp(match[0]) }) })];
  },

  addPasteRules() {
    return [nodePasteRule({ find: timestampPastePattern, type: this.type, getAttributes: (match) => ({ seconds: parseTimestamp(match[0]) }) })];
  },
});
