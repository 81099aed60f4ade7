import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RecapBody } from '@/components/recap/recap-body';
import { parseSearchParams, queryTerms } from '@/lib/search/params';
import { validateDocument } from '@/lib/recaps/document/validate';
import { parseSeasonParam, parseSlugParam } from '@/lib/text/params';
import { expectGermanRefusal, expectInertHtml, hostileHrefs, scriptTexts, sqlAndSearchSyntax, traversal } from './corpus';

// Forged editor documents against the server validator, and stored documents (validated
// or not: an old row, a restored backup) against the public renderer.

type Json = Record<string, unknown>;
const doc = (...content: Json[]): Json => ({ type: 'doc', content });
const p = (...content: Json[]): Json => ({ type: 'paragraph', content });
const text = (value: string, marks?: Json[]): Json => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const link = (attrs: Json): Json => ({ type: 'link', attrs });
const render = (body: unknown, audioUrl: string | null = null) => renderToStaticMarkup(createElement(RecapBody, { body, audioUrl }));

function nested(depth: number): Json {
  let node: Json = p(text('tief'));
  for (let i = 0; i < depth; i++) node = { type: 'blockquote', content: [node] };
  return doc(node);
}

const forgedDocuments: [string, unknown][] = [
  ['not an object', 'doc'],
  ['null', null],
  ['an array', [doc()]],
  ['a number', 42],
  ['no doc at the top', p(text('x'))],
  ['a doc inside a doc', doc(doc(p(text('x'))))],
  ['unknown node script', doc({ type: 'script', content: [text('alert(1)')] })],
  ['unknown node iframe', doc({ type: 'iframe', attrs: { src: 'javascript:alert(1)' } })],
  ['unknown node html', doc({ type: 'html', attrs: { html: '<script>alert(1)</script>' } })],
  ['unknown node codeBlock (switched off)', doc({ type: 'codeBlock', content: [text('x')] })],
  ['prototype as type', doc({ type: '__proto__' })],
  ['constructor as type', doc({ type: 'constructor' })],
  ['unknown field on a node', doc({ type: 'paragraph', content: [text('x')], onclick: 'alert(1)' })],
  ['__proto__ key on a node', doc(JSON.parse('{"type":"paragraph","__proto__":{"polluted":true}}') as Json)],
  ['onclick attr on a paragraph', doc({ type: 'paragraph', attrs: { onclick: 'alert(1)' }, content: [text('x')] })],
  ['style attr on a heading', doc({ type: 'heading', attrs: { level: 2, style: 'background:url(javascript:alert(1))' }, content: [text('x')] })],
  ['heading level 1', doc({ type: 'heading', attrs: { level: 1 }, content: [text('x')] })],
  ['heading level 7', doc({ type: 'heading', attrs: { level: 7 }, content: [text('x')] })],
  ['heading level as string', doc({ type: 'heading', attrs: { level: '2 onclick=alert(1)' }, content: [text('x')] })],
  ['ordered list start -1', doc({ type: 'orderedList', attrs: { start: -1 }, content: [{ type: 'listItem', content: [p(text('x'))] }] })],
  ['ordered list type script', doc({ type: 'orderedList', attrs: { type: '"><script>' }, content: [{ type: 'listItem', content: [p(text('x'))] }] })],
  ['list item outside a list', doc({ type: 'listItem', content: [p(text('x'))] })],
  ['empty text node', doc(p({ type: 'text', text: '' }))],
  ['text that is not a string', doc(p({ type: 'text', text: { toString: 'x' } }))],
  ['text on a paragraph', doc({ type: 'paragraph', text: '<script>' })],
  ['NUL in text', doc(p(text('a\u0000b')))],
  ['lone surrogate in text', doc(p(text('a\uD800b')))],
  ['NUL in an attribute', doc(p({ type: 'characterMention', attrs: { id: 1, slug: 'carrie', label: 'Car\u0000rie' } }))],
  ['unknown mark', doc(p(text('x', [{ type: 'style', attrs: { css: 'x' } }])))],
  ['code mark (switched off)', doc(p(text('x', [{ type: 'code' }])))],
  ['too many marks', doc(p(text('x', Array.from({ length: 11 }, () => ({ type: 'bold' })))))],
  ['marks not an array', doc(p(text('x', { type: 'bold' } as unknown as Json[])))],
  ['link with class', doc(p(text('x', [link({ href: 'https://example.org/', class: 'admin-button' })])))],
  ['link with target _top', doc(p(text('x', [link({ href: 'https://example.org/', target: '_top' })])))],
  ['link with rel opener', doc(p(text('x', [link({ href: 'https://example.org/', rel: 'opener' })])))],
  ['link with onclick', doc(p(text('x', [link({ href: 'https://example.org/', onclick: 'alert(1)' })])))],
  ['mention without id', doc(p({ type: 'characterMention', attrs: { slug: 'carrie', label: 'Carrie' } }))],
  ['mention with id -1', doc(p({ type: 'characterMention', attrs: { id: -1, slug: 'carrie', label: 'Carrie' } }))],
  ['mention with id as SQL', doc(p({ type: 'characterMention', attrs: { id: '1 OR 1=1', slug: 'carrie', label: 'Carrie' } }))],
  ['mention with id beyond int4', doc(p({ type: 'characterMention', attrs: { id: 2 ** 40, slug: 'carrie', label: 'Carrie' } }))],
  ['mention with a long label', doc(p({ type: 'characterMention', attrs: { id: 1, slug: 'carrie', label: 'x'.repeat(201) } }))],
  ['storyline tag with empty label', doc(p({ type: 'storylineTag', attrs: { id: 1, slug: 'big', label: '   ' } }))],
  ['timestamp -1', doc(p({ type: 'timestamp', attrs: { seconds: -1 } }))],
  ['timestamp beyond a day', doc(p({ type: 'timestamp', attrs: { seconds: 10 ** 12 } }))],
  ['timestamp as string', doc(p({ type: 'timestamp', attrs: { seconds: '12:34' } }))],
  ['timestamp fraction', doc(p({ type: 'timestamp', attrs: { seconds: 1.5 } }))],
  ['speaker quote half known', doc({ type: 'speakerQuote', attrs: { speakerId: 1 }, content: [p(text('x'))] })],
  ['speaker quote slug traversal', doc({ type: 'speakerQuote', attrs: { speakerId: 1, speakerSlug: '../../studio', speakerName: 'C' }, content: [p(text('x'))] })],
  ['1,000 levels deep', nested(1_000)],
  ['100,000 levels deep', nested(100_000)],
  ['5 MB of text', doc(p(text('a'.repeat(5 * 1024 * 1024))))],
  ['5 MB in many paragraphs', doc(...Array.from({ length: 5_000 }, () => p(text('b'.repeat(1_000)))))],
  ['25,000 nodes', doc(...Array.from({ length: 25_000 }, () => ({ type: 'hardBreak' })))],
  ...hostileHrefs.map((href): [string, unknown] => [`link to ${JSON.stringify(href).slice(0, 40)}`, doc(p(text('klick', [link({ href })])))]),
  ...traversal.map((slug): [string, unknown] => [`mention slug ${JSON.stringify(slug).slice(0, 40)}`, doc(p({ type: 'characterMention', attrs: { id: 1, slug, label: 'Carrie' } }))]),
];

describe('validateDocument refuses forged documents with a German message', () => {
  for (const [name, input] of forgedDocuments) {
    it(name, () => {
      const started = performance.now();
      const result = validateDocument(input);
      expectGermanRefusal(result, name);
      // Refused before any expensive work: no hostile document costs the server a second.
      expect(performance.now() - started).toBeLessThan(1_000);
    });
  }
});

describe('stored documents render inert', () => {
  for (const value of scriptTexts) {
    it(`text ${value.slice(0, 40)} is accepted as text and escaped`, () => {
      const input = doc(
        { type: 'heading', attrs: { level: 2 }, content: [text(value)] },
        p(text(value, [{ type: 'bold' }]), { type: 'characterMention', attrs: { id: 1, slug: 'carrie', label: value } }),
        { type: 'speakerQuote', attrs: { speakerId: 1, speakerSlug: 'carrie', speakerName: value }, content: [p(text(value, [{ type: 'spoiler' }]))] },
      );
      const result = validateDocument(input);
      expect(result.ok).toBe(true);
      const html = render(result.ok ? result.doc : null, 'https://cdn.example.org/folge.mp3');
      expectInertHtml(html, value);
      if (value.includes('<')) expect(html).toContain('&lt;');
    });
  }

  // Rows that never went through the validator (written before it existed, or by hand).
  const unvalidated: [string, unknown][] = [
    ...hostileHrefs.map((href): [string, unknown] => [`link ${JSON.stringify(href).slice(0, 30)}`, doc(p(text('klick', [link({ href })])))]),
    ['mention slug javascript', doc(p({ type: 'characterMention', attrs: { id: 1, slug: 'javascript:alert(1)', label: 'x' } }))],
    ['speaker slug traversal', doc({ type: 'speakerQuote', attrs: { speakerId: 1, speakerSlug: '../../studio', speakerName: '<b>x</b>' }, content: [p(text('x'))] })],
    ['unknown node script', doc({ type: 'script', content: [text('alert(1)')] })],
    ['attrs with onclick', doc({ type: 'paragraph', attrs: { onclick: 'alert(1)', style: 'x' }, content: [text('x')] })],
    ['heading level 1 with style', doc({ type: 'heading', attrs: { level: 1, style: 'color:red' }, content: [text('x')] })],
    ['timestamp with script seconds', doc(p({ type: 'timestamp', attrs: { seconds: '"><script>alert(1)</script>' } }))],
    ['not a document', '<script>alert(1)</script>'],
    ['null body', null],
    ['deeply nested', nested(1_000)],
  ];
  for (const [name, body] of unvalidated) {
    it(`unvalidated ${name}`, () => {
      for (const audioUrl of [null, 'javascript:alert(1)', 'https://cdn.example.org/f.mp3']) expectInertHtml(render(body, audioUrl), name);
    });
  }
});

describe('URL and search parameters', () => {
  for (const value of [...traversal, ...sqlAndSearchSyntax, ...scriptTexts]) {
    it(`refuses ${JSON.stringify(value).slice(0, 40)} as slug and season`, () => {
      expect(parseSlugParam(value)).toBeNull();
      expect(parseSeasonParam(value)).toBeNull();
    });
  }
  for (const value of ['1e3', '-1', '0x1', '1.0', ' 1', '１', '٣', '0', '100', '99999999999999999999', 'NaN', 'Infinity']) {
    it(`refuses ${JSON.stringify(value)} as season`, () => expect(parseSeasonParam(value)).toBeNull());
  }

  for (const q of [...sqlAndSearchSyntax, ...scriptTexts, '\u0000\u0001', 'x'.repeat(100_000)]) {
    it(`search query ${JSON.stringify(q).slice(0, 40)} yields only words`, () => {
      const { params, ignored } = parseSearchParams({ q, staffel: q, figur: q, strang: [q, 'carrie'] });
      expect(params.q.length).toBeLessThanOrEqual(200);
      expect([params.season, params.character, params.storyline]).toEqual([null, null, null]);
      expect(ignored.sort()).toEqual(['figur', 'staffel', 'strang']);
      const terms = queryTerms(params.q);
      for (const term of terms) expect(term).toMatch(/^[\p{L}\p{N}]+$/u);
    });
  }
});
