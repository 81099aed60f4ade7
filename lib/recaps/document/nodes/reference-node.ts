import { Node, mergeAttributes } from '@tiptap/core';

type ReferenceNodeConfig = { name: string; dataType: string; trigger: '@' | '#' };

/**
 * An inline reference to a record (a character or a storyline). The id tags the recap;
 * slug and label are a snapshot, so public pages link and read without a lookup per node.
 */
export function createReferenceNode({ name, dataType, trigger }: ReferenceNodeConfig) {
  return Node.create({
    name,
    group: 'inline',
    inline: true,
    atom: true,
    selectable: false,

    addAttributes() {
      return {
        id: {
          default: null,
          parseHTML: (element) => Number(element.getAttribute('data-id')) || null,
          renderHTML: (attributes) => ({ 'data-id': attributes.id }),
        },
        slug: {
          default: null,
          parseHTML: (element) => element.getAttribute('data-slug'),
          renderHTML: (attributes) => ({ 'data-slug': attributes.slug }),
        },
        label: {
          default: null,
          parseHTML: (element) => element.getAttribute('data-label'),
          renderHTML: (attributes) => ({ 'data-label': attributes.label }),
        },
      };
    },

    parseHTML() {
      return [{ tag: `span[data-type="${dataType}"]` }];
    },

    renderHTML({ node, HTMLAttributes }) {
      return ['span', mergeAttributes(HTMLAttributes, { 'data-type': dataType }), `${trigger}${String(node.attrs.label ?? '')}`];
    },

    renderText({ node }) {
      return String(node.attrs.label ?? '');
    },
  });
}
