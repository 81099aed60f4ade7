import { describe, expect, it } from 'vitest';
import { episodeCode, episodeSlug, toSlug } from '@/lib/text/slug';

describe('toSlug', () => {
  it('spells "&" as "und"', () => {
    expect(toSlug('Carrie & Big')).toBe('carrie-und-big');
  });

  it('transliterates umlauts and ß the German way', () => {
    expect(toSlug('Schöne Grüße über die Straße')).toBe('schoene-gruesse-ueber-die-strasse');
    expect(toSlug('Äpfel Öl Übel')).toBe('aepfel-oel-uebel');
  });

  it('lowercases, drops punctuation and collapses separators', () => {
    expect(toSlug('  Mr. Big -- zieht um!  ')).toBe('mr-big-zieht-um');
    expect(toSlug('Mirandas Schwangerschaft und Brady')).toBe('mirandas-schwangerschaft-und-brady');
  });

  it('removes other accents', () => {
    expect(toSlug('Déjà Vu')).toBe('deja-vu');
  });
});

describe('episodeCode and episodeSlug', () => {
  it('pads season and episode to two digits', () => {
    expect(episodeCode(4, 18)).toBe('S04E18');
    expect(episodeCode(12, 3)).toBe('S12E03');
  });

  it('prefixes the slugged title with the lowercase code', () => {
    expect(episodeSlug(4, 18, 'I Heart NY')).toBe('s04e18-i-heart-ny');
    expect(episodeSlug(2, 5, 'Old Dogs, New Dicks')).toBe('s02e05-old-dogs-new-dicks');
  });
});
