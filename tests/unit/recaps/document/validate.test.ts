import { describe, expect, it } from 'vitest';
import { documentLimits, validateDocument } from '@/lib/recaps/document/validate';
import { documentFromText, type DocNode } from '@/lib/recaps/document';
import { doc, link, mention, paragraph, quote, richDocument, text, timestamp } from './fixtures';

function refused(input: unknown): string {
  const result = validateDocument(input);
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(input).slice(0, 200)}`);
  return result.error;
}

describe('validateDocument accepts what the editor writes', () => {
  it('accepts a document with every custom node and mark and returns the normalised JSON', () => {
    const result = validateDocument(richDocument);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const serialised = JSON.stringify(result.doc);
    for (const type of ['characterMention', 'storylineTag', 'timestamp', 'spoiler', 'speakerQuote', 'link']) expect(serialised).toContain(type);
  });

  it('accepts imported documents, including the empty one', () => {
    expect(validateDocument(documentFromText('Eins.\n\nZwei.')).ok).toBe(true);
    expect(validateDocument(documentFromText('')).ok).toBe(true);
  });

  it('accepts a quote without a speaker', () => {
    expect(validateDocument(doc(quote(null, paragraph(text('Wer war das?'))))).ok).toBe(true);
  });
});

describe('validateDocument refuses hostile documents', () => {
  it('refuses links that are not http, https or mailto', () => {
    for (const href of ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.example', '/relativ', 'JaVaScRiPt:alert(1)']) {
      expect(refused(doc(paragraph(text('klick', [link(href)]))))).toMatch(/http-, https- oder mailto/);
    }
  });

  it('refuses forged link attributes', () => {
    const forged = (attrs: Record<string, unknown>) => doc(paragraph(text('klick', [{ type: 'link', attrs: { href: 'https://example.org', ...attrs } }])));
    expect(refused(forged({ onclick: 'alert(1)' }))).toMatch(/Unbekannte Eigenschaft „onclick“/);
    expect(refused(forged({ class: 'evil' }))).toMatch(/CSS-Klassen/);
    expect(refused(forged({ target: '_top' }))).toMatch(/target/);
    expect(refused(forged({ rel: 'opener' }))).toMatch(/rel/);
  });

  it('refuses unknown node and mark types', () => {
    expect(refused(doc({ type: 'iframe', attrs: { src: 'https://evil.example' } }))).toBe('Unbekannter Baustein „iframe“.');
    expect(refused(doc({ type: 'codeBlock', content: [text('x')] }))).toBe('Unbekannter Baustein „codeBlock“.');
    expect(refused(doc(paragraph(text('x', [{ type: 'strike' }]))))).toBe('Unbekannte Formatierung „strike“.');
    expect(refused(doc({ type: '__proto__' }))).toMatch(/Unbekannter Baustein/);
    expect(refused(doc({ type: 'constructor' }))).toMatch(/Unbekannter Baustein/);
  });

  it('refuses forged and unknown attributes on nodes', () => {
    expect(refused(doc({ type: 'heading', attrs: { level: 1 }, content: [text('x')] }))).toMatch(/Ebenen 2 und 3/);
    expect(refused(doc({ type: 'paragraph', attrs: { style: 'color:red' }, content: [text('x')] }))).toMatch(/Unbekannte Eigenschaft „style“/);
    expect(refused(doc(paragraph({ type: 'characterMention', attrs: { id: 1, slug: 'carrie', label: 'Carrie', href: 'javascript:x' } })))).toMatch(/„href“/);
    expect(refused(doc(paragraph(text('x')), { ...paragraph(text('y')), onload: 'x' } as DocNode))).toMatch(/Unbekanntes Feld „onload“/);
  });

  it('refuses mentions without a positive integer id, a slug and a label', () => {
    for (const id of [0, -1, 1.5, '1', null, 2 ** 31]) expect(refused(doc(paragraph(mention(id as number, 'carrie', 'Carrie'))))).toMatch(/positive ganze Zahl/);
    expect(refused(doc(paragraph(mention(1, '../admin', 'Carrie'))))).toMatch(/Slug/);
    expect(refused(doc(paragraph(mention(1, 'carrie', '   '))))).toMatch(/Namen/);
    expect(refused(doc(paragraph({ type: 'characterMention' })))).toMatch(/positive ganze Zahl/);
  });

  it('refuses timestamps that are negative, fractional or a day long', () => {
    for (const seconds of [-1, 1.5, 86_400, Number.NaN, '754']) {
      expect(refused(doc(paragraph(timestamp(seconds as number))))).toMatch(/Zeitmarken/);
    }
  });

  it('refuses a half-known quote speaker', () => {
    expect(refused(doc({ type: 'speakerQuote', attrs: { speakerId: 3 }, content: [paragraph(text('x'))] }))).toMatch(/sprechenden Figur/);
  });

  it('refuses non-string and empty text, and text on non-text nodes', () => {
    expect(refused(doc(paragraph({ type: 'text', text: 42 } as unknown as DocNode)))).toMatch(/keinen Text/);
    expect(refused(doc(paragraph({ type: 'text', text: '' })))).toMatch(/keinen Text/);
    expect(refused(doc({ type: 'paragraph', text: 'x' }))).toMatch(/keinen eigenen Text/);
  });

  it('refuses text PostgreSQL cannot store', () => {
    expect(refused(doc(paragraph(text('a\u0000b'))))).toMatch(/nicht gespeichert/);
    expect(refused(doc(paragraph(text('a\ud800b'))))).toMatch(/nicht gespeichert/);
  });

  it('refuses what is not a document', () => {
    for (const input of [null, undefined, 'doc', 42, [], { type: 'paragraph' }, { content: [] }, doc(doc())]) {
      expect(typeof refused(input)).toBe('string');
    }
  });

  it('refuses broken structure (a list item outside a list, text directly in doc)', () => {
    expect(refused(doc({ type: 'listItem', content: [paragraph(text('x'))] }))).toMatch(/Aufbau/);
    expect(refused(doc(text('x')))).toMatch(/Aufbau/);
    expect(refused(doc({ type: 'bulletList', content: [] }))).toMatch(/Aufbau/);
  });

  it('refuses 1,000-deep nesting before ProseMirror sees it, and 100,000-deep without a stack overflow', () => {
    for (const depth of [1_000, 100_000]) {
      let node: DocNode = paragraph(text('tief'));
      for (let level = 0; level < depth; level += 1) node = { type: 'blockquote', content: [node] };
      expect(refused(doc(node))).toMatch(/zu tief verschachtelt/);
    }
  });

  it('accepts nesting within the depth limit', () => {
    let node: DocNode = paragraph(text('tief'));
    for (let level = 0; level < documentLimits.maxDepth - 3; level += 1) node = { type: 'blockquote', content: [node] };
    expect(validateDocument(doc(node)).ok).toBe(true);
  });

  it('refuses a 5 MB document, too much text and too many nodes', () => {
    expect(refused(doc(paragraph(text('x'.repeat(5_000_000)))))).toMatch(/zu lang/);
    expect(refused(doc(...Array.from({ length: 60 }, () => paragraph(text('x'.repeat(1_000))))))).toMatch(/zu lang/);
    const manyNodes = doc(paragraph(...Array.from({ length: 30_000 }, () => timestamp(1))));
    expect(refused(manyNodes)).toMatch(/zu viele Bausteine/);
    // Under the text limit but over the byte limit: attribute-heavy JSON.
    const heavy = doc(paragraph(...Array.from({ length: 2_000 }, (_, index) => mention(index + 1, 'a'.repeat(150), 'b'.repeat(150)))));
    expect(refused(heavy)).toMatch(/zu groß/);
  });

  it('keeps HTML in text as text', () => {
    const result = validateDocument(doc(paragraph(text('<script>alert(1)</script><img src=x onerror=alert(1)>'))));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.doc.content[0]?.content?.[0]?.text).toBe('<script>alert(1)</script><img src=x onerror=alert(1)>');
  });

  it('refuses objects that are not plain JSON', () => {
    class Sneaky {
      type = 'doc';
      content = [];
    }
    expect(refused(new Sneaky())).toMatch(/ungültigen Baustein/);
  });
});
