import { describe, expect, it } from 'vitest';
import { highlightAll, isFormOf, snippetOf } from '@/lib/search/highlight';
import { cursorParam, maxPage, parseSearchParams, queryTerms, searchHref } from '@/lib/search/params';
import { isCompoundPartOf, isTypoOf, matchingWords, maxExpansionWords } from '@/lib/search/term-matching';

describe('queryTerms', () => {
  it('keeps letters and digits only, lower-cased, umlauts intact', () => {
    expect(queryTerms('Hochzeit & "Schuhe"!')).toEqual(['hochzeit', 'schuhe']);
    expect(queryTerms('ÜBER Größe')).toEqual(['über', 'größe']);
  });

  it('drops tsquery and SQL syntax, emoji and one-letter words', () => {
    expect(queryTerms("a:* | b & !c <-> '; DROP TABLE x; --")).toEqual(['drop', 'table']);
    expect(queryTerms('💔👠')).toEqual([]);
  });

  it('caps the number of words', () => {
    expect(queryTerms('eins zwei drei vier fünf sechs sieben acht neun zehn')).toHaveLength(8);
  });
});

describe('parseSearchParams', () => {
  it('reads q and valid filters', () => {
    expect(parseSearchParams({ q: ' Big ', staffel: '3', figur: 'mr-big', strang: 'carrie-und-big' })).toEqual({
      params: { q: 'Big', season: 3, character: 'mr-big', storyline: 'carrie-und-big' },
      cursor: null,
      ignored: [],
    });
  });

  it('ignores and reports malformed filters instead of failing', () => {
    const { params, ignored } = parseSearchParams({ q: ['a', 'b'], staffel: '1e3', figur: '../etc', strang: '' });
    expect(params).toEqual({ q: 'a', season: null, character: null, storyline: null });
    expect(ignored).toEqual(['staffel', 'figur']);
  });

  it('reads the cursor of a later page and ignores any other value of `weiter`', () => {
    const cursor = { page: 2, rank: 0.0607927, season: 4, number: 12 };
    expect(parseSearchParams({ q: 'Big', weiter: cursorParam(cursor) }).cursor).toEqual(cursor);
    expect(parseSearchParams({ q: 'Big', weiter: cursorParam({ ...cursor, rank: 6e-8 }) }).cursor?.rank).toBe(6e-8);
    for (const weiter of ['1_0.5_1_1', `${maxPage + 1}_0.5_1_1`, '2_-1_1_1', '2_0.5_1', "2_0.5_1_1' OR 1=1", '2_NaN_1_1']) {
      const { cursor: parsed, ignored } = parseSearchParams({ q: 'Big', weiter });
      expect(parsed).toBeNull();
      expect(ignored).toEqual(['weiter']);
    }
  });

  it('links a later page with the same parameters and the cursor', () => {
    const params = { q: 'Mr. Big', season: 2, character: null, storyline: 'carrie-und-big' };
    expect(searchHref(params)).toBe('/suche?q=Mr.+Big&staffel=2&strang=carrie-und-big');
    const href = searchHref(params, { page: 3, rank: 0.25, season: 2, number: 7 });
    const parsed = parseSearchParams(Object.fromEntries(new URL(href, 'http://x').searchParams));
    expect(parsed).toEqual({ params, cursor: { page: 3, rank: 0.25, season: 2, number: 7 }, ignored: [] });
  });
});

describe('matching words', () => {
  it('forgives one letter, two only in long words', () => {
    expect(isTypoOf('miranda', 'miranada')).toBe(true);
    expect(isTypoOf('miranda', 'mirxnxa')).toBe(false);
    expect(isTypoOf('schwangerschaft', 'schwangarschaft')).toBe(true);
    expect(isTypoOf('bis', 'big')).toBe(false);
  });

  it('finds a stem inside compounds, not short fragments', () => {
    expect(isCompoundPartOf('hochzeitsanzeigen', 'anzeig')).toBe(true);
    expect(isCompoundPartOf('bringt', 'ring')).toBe(false);
    const words = ['anzeige', 'hochzeitsanzeigen', 'zeigen'].map((word) => ({ word, recaps: 1 }));
    expect(matchingWords('anzeige', 'anzeig', words)).toEqual(['hochzeitsanzeigen']);
  });

  it('widens a term by a bounded number of words, the most frequent first', () => {
    // Twenty one-letter variants of "miranda", the later ones in more recaps.
    const typos = [...'bcdefghijklmnopqrstu'].map((letter, i) => ({ word: `mirand${letter}`, recaps: i }));
    const chosen = matchingWords('miranda', 'miranda', typos);
    expect(chosen).toHaveLength(maxExpansionWords);
    expect(chosen.slice(0, 2)).toEqual(['mirandu', 'mirandt']);
  });
});

describe('highlighting', () => {
  it('marks inflected forms of the index lexemes, umlauts and ß as the stemmer stores them', () => {
    expect(isFormOf('Hochzeiten', ['hochzeit'])).toBe(true);
    expect(isFormOf('Freundinnen', ['freundinn'])).toBe(true);
    expect(isFormOf('Müll', ['mull'])).toBe(true);
    expect(isFormOf('Straße', ['strass'])).toBe(true);
    expect(isFormOf('Bigamist', ['big'])).toBe(false);
    expect(isFormOf('Samstag', ['sam'])).toBe(false);
  });

  it('marks every match of a title', () => {
    expect(highlightAll('Die Hochzeit im Plaza.', ['hochzeit', 'plaza'])).toEqual([
      { text: 'Die ', hit: false },
      { text: 'Hochzeit', hit: true },
      { text: ' im ', hit: false },
      { text: 'Plaza', hit: true },
      { text: '.', hit: false },
    ]);
  });

  it('finds words in any script, with umlauts, ß and digits, at the start and the end of the text', () => {
    const marked = (text: string, lexemes: string[]) => highlightAll(text, lexemes).filter((s) => s.hit).map((s) => s.text);
    expect(marked('Äpfel, ÜBER-Straße; Öl', ['apfel', 'ub', 'strass', 'ol'])).toEqual(['Äpfel', 'ÜBER', 'Straße', 'Öl']);
    expect(marked('Σάμανθα und 𐐨𐐯 in 2004', ['σάμανθα', '𐐨𐐯', '2004'])).toEqual(['Σάμανθα', '𐐨𐐯', '2004']);
    // Words end at anything but a letter or digit: an emoji, a dash, an apostrophe.
    expect(marked('Party🎉Party-Party’s', ['party'])).toEqual(['Party', 'Party', 'Party']);
  });

  it('cuts a long text to passages around its first matches', () => {
    const text = `${'Vorher '.repeat(40)}Carrie plant die Hochzeit. ${'Mitte '.repeat(40)}Noch eine Hochzeit. ${'Danach '.repeat(40)}`;
    const snippet = snippetOf(text, ['hochzeit']);
    expect(snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['Hochzeit', 'Hochzeit']);
    const shown = snippet.map((s) => s.text).join('');
    expect(shown.startsWith('… ')).toBe(true);
    expect(shown).toContain(' … ');
    expect(shown.split(/\s+/).length).toBeLessThan(40);
  });

  it('shows the opening when the text has no match (the hit was in the title or tags)', () => {
    const snippet = snippetOf('Ein Abend in Manhattan.', ['vogu']);
    expect(snippet).toEqual([{ text: 'Ein Abend in Manhattan.', hit: false }]);
  });
});
