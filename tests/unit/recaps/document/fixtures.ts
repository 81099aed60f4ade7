import type { DocNode, RecapDocument } from '@/lib/recaps/document';

// Small builders so hostile and valid documents in the tests read like the structure they have.
export const text = (value: string, marks?: DocNode['marks']): DocNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
export const paragraph = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
export const doc = (...content: DocNode[]): RecapDocument => ({ type: 'doc', content });
export const mention = (id: number, slug: string, label: string): DocNode => ({ type: 'characterMention', attrs: { id, slug, label } });
export const storyline = (id: number, slug: string, label: string): DocNode => ({ type: 'storylineTag', attrs: { id, slug, label } });
export const timestamp = (seconds: number): DocNode => ({ type: 'timestamp', attrs: { seconds } });
export const link = (href: string): NonNullable<DocNode['marks']>[number] => ({ type: 'link', attrs: { href } });
export const quote = (speaker: { speakerId: number; speakerSlug: string; speakerName: string } | null, ...content: DocNode[]): DocNode => ({
  type: 'speakerQuote',
  ...(speaker ? { attrs: speaker } : {}),
  content,
});

/** One document using every custom node and mark. */
export const richDocument: RecapDocument = doc(
  { type: 'heading', attrs: { level: 2 }, content: [text('Akt eins')] },
  paragraph(text('Bei '), timestamp(754), text(' trifft '), mention(1, 'carrie-bradshaw', 'Carrie'), text(' auf '), mention(2, 'mr-big', 'Big'), text('.')),
  paragraph(text('Weiter mit '), storyline(7, 'carrie-und-big', 'Carrie & Big'), text(': '), text('er heiratet später', [{ type: 'spoiler' }]), text('.')),
  quote({ speakerId: 3, speakerSlug: 'samantha-jones', speakerName: 'Samantha' }, paragraph(text('Ich bin Samantha.'))),
  paragraph(text('Mehr im '), text('Blog', [link('https://example.org/blog')]), text('.')),
);
