import { Node, mergeAttributes } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    speakerQuote: {
      /** Wraps the selected blocks in a quote (or lifts them out of one). */
      toggleSpeakerQuote: () => ReturnType;
      /** Sets who speaks in the quote around the cursor; null removes the speaker. */
      setQuoteSpeaker: (speaker: { id: number; slug: string; name: string } | null) => ReturnType;
    };
  }
}

/**
 * A line of dialogue and who says it. The speaker is stored flat (id, slug, name) so the
 * validator checks plain values; the name is a snapshot like a mention's label.
 */
export const SpeakerQuote = Node.create({
  name: 'speakerQuote',
  group: 'block',
  content: 'paragraph+',
  defining: true,

  addAttributes() {
    return {
      speakerId: { default: null, renderHTML: (attributes) => ({ 'data-speaker-id': attributes.speakerId }), parseHTML: (element) => Number(element.getAttribute('data-speaker-id')) || null },
      speakerSlug: { default: null, renderHTML: (attributes) => ({ 'data-speaker-slug': attributes.speakerSlug }), parseHTML: (element) => element.getAttribute('data-speaker-slug') },
      speakerName: { default: null, renderHTML: (attributes) => ({ 'data-speaker-name': attributes.speakerName }), parseHTML: (element) => element.getAttribute('data-speaker-name') },
    };
  },

  parseHTML() {
    return [{ tag: 'figure[data-type="speaker-quote"]', contentElement: 'blockquote' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const name = typeof node.attrs.speakerName === 'string' ? node.attrs.speakerName : null;
    return [
      'figure',
      mergeAttributes(HTMLAttributes, { 'data-type': 'speaker-quote' }),
      ['blockquote', 0],
      ['figcaption', { contenteditable: 'false' }, name ? `— ${name}` : '— (wer spricht?)'],
    ];
  },

  addCommands() {
    return {
      toggleSpeakerQuote:
        () =>
        ({ commands }) =>
          commands.toggleWrap(this.name),
      setQuoteSpeaker:
        (speaker) =>
        ({ commands }) =>
          commands.updateAttributes(this.name, {
            speakerId: speaker?.id ?? null,
            speakerSlug: speaker?.slug ?? null,
            speakerName: speaker?.name ?? null,
          }),
    };
  },
});
