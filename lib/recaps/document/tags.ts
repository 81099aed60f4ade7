import type { DocNode, RecapDocument } from '@/lib/recaps/document';

export type RecapTags = { characterIds: number[]; storylineIds: number[] };

const isId = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value > 0;

/**
 * The characters and storylines a recap mentions: "@" mentions, "#" tags and the speakers
 * of quotes, each id once in order of first appearance. Pure and server-safe; the caller
 * still checks that the ids exist (a document may be older than a deleted character).
 */
export function extractTags(doc: RecapDocument): RecapTags {
  const characterIds = new Set<number>();
  const storylineIds = new Set<number>();
  // Iterative walk, children in document order.
  const stack: DocNode[] = [...doc.content].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    const attrs = node.attrs ?? {};
    if (node.type === 'characterMention' && isId(attrs.id)) characterIds.add(attrs.id);
    if (node.type === 'speakerQuote' && isId(attrs.speakerId)) characterIds.add(attrs.speakerId);
    if (node.type === 'storylineTag' && isId(attrs.id)) storylineIds.add(attrs.id);
    if (node.content) for (let index = node.content.length - 1; index >= 0; index -= 1) {
      const child = node.content[index];
      if (child) stack.push(child);
    }
  }
  return { characterIds: [...characterIds], storylineIds: [...storylineIds] };
}
