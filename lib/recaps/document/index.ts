import { z } from 'zod';
import { formatTimestamp } from './timestamp-format';
import type { Prisma } from '@/lib/generated/prisma/client';

// The recap body is Tiptap JSON in the schema of ./extensions.ts; ./validate.ts checks
// documents from the studio against it.
// The importer only produces paragraphs of plain text.
export type TextNode = { type: 'text'; text: string; marks?: { type: string; attrs?: Record<string, unknown> }[] };
export type DocNode = { type: string; attrs?: Record<string, unknown>; content?: DocNode[]; text?: string; marks?: TextNode['marks'] };
export type RecapDocument = { type: 'doc'; content: DocNode[] };

export const recapDocumentSchema = z.custom<RecapDocument>(
  (value) => typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'doc',
  'Kein gültiges Dokument',
);

/** One paragraph per block of text (blank lines separate paragraphs). */
export function documentFromText(text: string): RecapDocument {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return {
    type: 'doc',
    content: paragraphs.map((paragraph) => ({ type: 'paragraph', content: [{ type: 'text', text: paragraph }] })),
  };
}

const blockTypes = new Set(['paragraph', 'heading', 'blockquote', 'listItem', 'codeBlock']);
const spoilerPlaceholder = '[Spoiler]';

export type PlainTextOptions = {
  /**
   * 'keep' (default) for search: the hosts find their own spoilers. 'hide' for anything
   * shown to listeners without a reveal (excerpts, meta descriptions): each run of
   * spoiler text becomes "[Spoiler]".
   */
  spoilers?: 'keep' | 'hide';
};

/** The text an inline leaf stands for; mentions read as their label, timestamps as "[12:34]". */
function inlineLeafText(node: DocNode): string {
  const attrs = node.attrs ?? {};
  switch (node.type) {
    case 'text':
      return node.text ?? '';
    case 'characterMention':
    case 'storylineTag':
      return typeof attrs.label === 'string' ? attrs.label : '';
    case 'timestamp':
      return typeof attrs.seconds === 'number' ? `[${formatTimestamp(attrs.seconds)}]` : '';
    case 'hardBreak':
      return '\n';
    default:
      return '';
  }
}

/** Plain text of a document for search and excerpts; blocks are separated by blank lines. */
export function plainTextOf(doc: RecapDocument, options: PlainTextOptions = {}): string {
  const hideSpoilers = options.spoilers === 'hide';
  const blocks: string[] = [];
  const walk = (node: DocNode, into: string[]): void => {
    if (!node.content) {
      if (hideSpoilers && node.marks?.some((mark) => mark.type === 'spoiler')) {
        if (into.at(-1) !== spoilerPlaceholder) into.push(spoilerPlaceholder);
        return;
      }
      into.push(inlineLeafText(node));
      return;
    }
    if (blockTypes.has(node.type)) {
      const parts: string[] = [];
      node.content.forEach((child) => walk(child, parts));
      const text = parts.join('').trim();
      if (text) blocks.push(text);
      return;
    }
    node.content.forEach((child) => walk(child, into));
  };
  doc.content.forEach((node) => walk(node, []));
  return blocks.join('\n\n');
}

/** The first sentences up to `max` characters, cut at a word boundary. */
export function excerptOf(plainText: string, max = 240): string {
  const flat = plainText.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const sentenceEnd = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('! '), cut.lastIndexOf('? '));
  if (sentenceEnd > max * 0.5) return cut.slice(0, sentenceEnd + 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:–-]$/, '')} …`;
}

/** The document as Prisma's JSON input type; it is plain JSON by construction. */
export function storedBody(doc: RecapDocument): Prisma.InputJsonObject {
  return doc as unknown as Prisma.InputJsonObject;
}
