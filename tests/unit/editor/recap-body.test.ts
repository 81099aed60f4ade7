import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RecapBody } from '@/components/recap/recap-body';
import { doc, link, mention, paragraph, quote, storyline, text, timestamp } from '../recaps/document/fixtures';

const render = (body: unknown, audioUrl: string | null = null) => renderToStaticMarkup(createElement(RecapBody, { body, audioUrl }));

describe('RecapBody renders the editor nodes as static HTML', () => {
  it('links a character mention to its page', () => {
    expect(render(doc(paragraph(text('Hier ist '), mention(1, 'carrie-bradshaw', 'Carrie'), text('.'))))).toMatch(
      /<p>Hier ist <a href="\/figuren\/carrie-bradshaw"[^>]*data-type="characterMention"[^>]*>Carrie<\/a>\.<\/p>/,
    );
  });

  it('links a storyline tag to its page', () => {
    expect(render(doc(paragraph(storyline(7, 'carrie-und-big', 'Carrie & Big'))))).toMatch(
      /<a href="\/handlungsstraenge\/carrie-und-big"[^>]*>Carrie &amp; Big<\/a>/,
    );
  });

  it('makes a timestamp a jump into the audio when the episode has audio', () => {
    const html = render(doc(paragraph(text('Ab '), timestamp(754))), 'https://cdn.example.org/folge-1.mp3');
    expect(html).toMatch(/<a href="https:\/\/cdn\.example\.org\/folge-1\.mp3#t=754" data-seconds="754"[^>]*aria-label="Folge ab 12:34 anhören"[^>]*><time dateTime="PT12M34S">12:34<\/time><\/a>/);
    expect(html).toContain('<audio');
  });

  it('renders a timestamp as plain time without audio, or with audio that is not http(s)', () => {
    for (const audioUrl of [null, 'javascript:alert(1)']) {
      const html = render(doc(paragraph(timestamp(3723))), audioUrl);
      expect(html).toMatch(/<span[^>]*><time dateTime="PT1H2M3S">1:02:03<\/time><\/span>/);
      expect(html).not.toContain('data-seconds');
      expect(html).not.toContain('<audio');
    }
  });

  it('hides a spoiler behind one labelled checkbox per run, even across formatting', () => {
    const spoiler = { type: 'spoiler' };
    const html = render(doc(paragraph(text('Sie '), text('heiratet ', [spoiler]), text('ihn', [spoiler, { type: 'bold' }]), text('.'))));
    expect(html.match(/data-spoiler=""/g)).toHaveLength(1);
    expect(html).toMatch(
      /<p>Sie <span[^>]*data-spoiler=""><label[^>]*><input type="checkbox"[^>]*data-spoiler-toggle=""\/><span>Spoiler anzeigen<\/span><\/label><span[^>]*data-spoiler-content="">heiratet <strong>ihn<\/strong><\/span><\/span>\.<\/p>/,
    );
  });

  it('renders a quote with its speaker as a figure with a caption', () => {
    const html = render(doc(quote({ speakerId: 3, speakerSlug: 'samantha-jones', speakerName: 'Samantha' }, paragraph(text('Ich bin Samantha.')))));
    expect(html).toMatch(
      /<figure[^>]*data-type="speakerQuote"><blockquote><p>Ich bin Samantha\.<\/p><\/blockquote><figcaption>— <a href="\/figuren\/samantha-jones">Samantha<\/a><\/figcaption><\/figure>/,
    );
    expect(render(doc(quote(null, paragraph(text('Wer?')))))).not.toContain('figcaption');
  });

  it('renders safe links with rel and drops unsafe hrefs to plain text', () => {
    expect(render(doc(paragraph(text('Blog', [link('https://example.org/')]))))).toContain(
      '<a href="https://example.org/" rel="noopener noreferrer nofollow">Blog</a>',
    );
    expect(render(doc(paragraph(text('klick', [link('javascript:alert(1)')]))))).toBe('<div class="prose"><p>klick</p></div>');
  });

  it('renders HTML typed into the text as inert text', () => {
    const html = render(doc(paragraph(text('<script>alert(1)</script><img src=x onerror=alert(1)>'))));
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
  });

  it('renders headings of both levels and keeps the built-in nodes', () => {
    const html = render(
      doc(
        { type: 'heading', attrs: { level: 2 }, content: [text('Zwei')] },
        { type: 'heading', attrs: { level: 3 }, content: [text('Drei')] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('Punkt'))] }] },
      ),
    );
    expect(html).toContain('<h2>Zwei</h2><h3>Drei</h3><ul><li><p>Punkt</p></li></ul>');
  });

  it('shows a notice instead of crashing the page on a body that does not fit the schema', () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      expect(render(doc({ type: 'iframe' }))).toContain('kann gerade nicht angezeigt werden');
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
  });
});
