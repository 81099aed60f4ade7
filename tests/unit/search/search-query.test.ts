import { describe, expect, it } from 'vitest';
import { segmentsOf } from '@/lib/search/highlight';
import { parseSearchParams, queryTerms } from '@/lib/search/params';
import { buildTsQuery, isCompoundPartOf, isTypoOf, matchingWords } from '@/lib/search/tsquery';

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
      ignored: [],
    });
  });

  it('ignores and reports malformed filters instead of failing', () => {
    const { params, ignored } = parseSearchParams({ q: ['a', 'b'], staffel: '1e3', figur: '../etc', strang: '' });
    expect(params).toEqual({ q: 'a', season: null, character: null, storyline: null });
    expect(ignored).toEqual(['staffel', 'figur']);
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
    expect(matchingWords('anzeige', 'anzeig', ['anzeige', 'hochzeitsanzeigen', 'zeigen'])).toEqual(['hochzeitsanzeigen']);
  });

  it('builds a tsquery of prefixes and expansions, every term required', () => {
    expect(
      buildTsQuery([
        { term: 'miranada', stem: 'miranada', words: ['miranda'] },
        { term: 'hochzeit', stem: 'hochzeit', words: [] },
      ]),
    ).toBe('(miranada:* | miranda) & (hochzeit:*)');
  });
});

describe('segmentsOf', () => {
  it('splits ts_headline marks into highlighted segments', () => {
    expect(segmentsOf('die \uE000Hochzeit\uE001 im \uE000Plaza\uE001.')).toEqual([
      { text: 'die ', hit: false },
      { text: 'Hochzeit', hit: true },
      { text: ' im ', hit: false },
      { text: 'Plaza', hit: true },
      { text: '.', hit: false },
    ]);
  });
});
