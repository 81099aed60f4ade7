import { describe, expect, it } from 'vitest';
import { plainTextOf } from '@/lib/recaps/document';
import { doc, paragraph, richDocument, text } from './fixtures';

describe('plainTextOf with editor nodes', () => {
  it('reads mentions as their label, timestamps as [mm:ss] and quotes as their text', () => {
    expect(plainTextOf(richDocument)).toBe(
      'Akt eins\n\nBei [12:34] trifft Carrie auf Big.\n\nWeiter mit Carrie & Big: er heiratet später.\n\nIch bin Samantha.\n\nMehr im Blog.',
    );
  });

  it('hides each run of spoiler text for excerpts', () => {
    const spoiler = [{ type: 'spoiler' }];
    const withSpoiler = doc(paragraph(text('Sie '), text('heiratet ', spoiler), text('ihn', [...spoiler, { type: 'bold' }]), text(' am Ende.')));
    expect(plainTextOf(withSpoiler, { spoilers: 'hide' })).toBe('Sie [Spoiler] am Ende.');
    expect(plainTextOf(withSpoiler)).toBe('Sie heiratet ihn am Ende.');
  });

  it('turns a hard break into a line break inside the block', () => {
    expect(plainTextOf(doc(paragraph(text('eins'), { type: 'hardBreak' }, text('zwei'))))).toBe('eins\nzwei');
  });
});
