import { describe, expect, it } from 'vitest';
import { documentFromText, excerptOf, plainTextOf, type RecapDocument } from '@/lib/recaps/document';

describe('documentFromText', () => {
  it('makes one paragraph of a single line', () => {
    expect(documentFromText('Carrie schreibt.')).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Carrie schreibt.' }] }],
    });
  });

  it('splits paragraphs at blank lines and folds whitespace inside them', () => {
    const doc = documentFromText('Erster  Absatz,\nnoch erster.\n\n  \n\nZweiter\tAbsatz. ');
    expect(doc.content.map((node) => node.content?.[0]?.text)).toEqual(['Erster Absatz, noch erster.', 'Zweiter Absatz.']);
  });

  it('makes an empty document of blank text', () => {
    expect(documentFromText(' \n\n ')).toEqual({ type: 'doc', content: [] });
  });
});

describe('plainTextOf', () => {
  it('round-trips imported text, paragraphs separated by a blank line', () => {
    expect(plainTextOf(documentFromText('Eins.\n\nZwei.'))).toBe('Eins.\n\nZwei.');
  });

  it('joins the text nodes of a block, with marks, and separates headings, quotes and list items', () => {
    const doc: RecapDocument = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Titel' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Carrie ' },
            { type: 'text', text: 'liebt', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' Schuhe.' },
          ],
        },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Zitat.' }] }] },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Punkt eins' }] }] },
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Punkt zwei' }] }] },
          ],
        },
        { type: 'paragraph' },
      ],
    };
    expect(plainTextOf(doc)).toBe('Titel\n\nCarrie liebt Schuhe.\n\nZitat.\n\nPunkt eins\n\nPunkt zwei');
  });
});

describe('excerptOf', () => {
  it('returns a short text whole, with whitespace folded', () => {
    expect(excerptOf('Eins.\n\nZwei.')).toBe('Eins. Zwei.');
  });

  it('cuts a long text after the last full sentence within the limit', () => {
    const text = 'Carrie schreibt eine Kolumne. Miranda arbeitet zu viel. Samantha feiert die ganze Nacht durch.';
    expect(excerptOf(text, 70)).toBe('Carrie schreibt eine Kolumne. Miranda arbeitet zu viel.');
  });

  it('cuts at a word boundary with an ellipsis when no sentence ends late enough', () => {
    const text = 'Carrie schreibt eine sehr lange Kolumne über Liebe, Freundschaft und Schuhe in New York';
    const excerpt = excerptOf(text, 40);
    expect(excerpt).toBe('Carrie schreibt eine sehr lange Kolumne …');
    expect(text.startsWith(excerpt.replace(/ …$/, ''))).toBe(true);
  });

  it('drops a trailing comma before the ellipsis', () => {
    expect(excerptOf('Carrie, Miranda, Charlotte, Samantha und Big', 28)).toBe('Carrie, Miranda, Charlotte …');
  });

  it('stays within the default 240 characters (plus the ellipsis)', () => {
    const excerpt = excerptOf('wort '.repeat(100));
    expect(excerpt.length).toBeLessThanOrEqual(242);
    expect(excerpt.endsWith(' …')).toBe(true);
  });
});
