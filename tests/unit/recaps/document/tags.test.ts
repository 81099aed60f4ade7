import { describe, expect, it } from 'vitest';
import { extractTags } from '@/lib/recaps/document/tags';
import { doc, mention, paragraph, quote, richDocument, storyline, text } from './fixtures';

describe('extractTags', () => {
  it('collects mentioned characters, quote speakers and storylines in order of appearance', () => {
    expect(extractTags(richDocument)).toEqual({ characterIds: [1, 2, 3], storylineIds: [7] });
  });

  it('lists each id once and ignores nodes without a valid id', () => {
    const tags = extractTags(
      doc(
        paragraph(mention(2, 'mr-big', 'Big'), text(' und '), mention(2, 'mr-big', 'Big'), storyline(5, 'x', 'X')),
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(mention(4, 'aidan', 'Aidan'), storyline(5, 'x', 'X'))] }] },
        paragraph({ type: 'characterMention', attrs: { id: -3 } }),
        quote(null, paragraph(text('ohne Figur'))),
      ),
    );
    expect(tags).toEqual({ characterIds: [2, 4], storylineIds: [5] });
  });

  it('finds nothing in an imported plain-text document', () => {
    expect(extractTags(doc(paragraph(text('Carrie schreibt.'))))).toEqual({ characterIds: [], storylineIds: [] });
  });
});
