import { describe, expect, it } from 'vitest';
import { findMentionedCharacters, mentionPattern, type NamedCharacter, suggestStorylines } from '@/lib/characters/find-mentions';

// A subset of data/seed/satc-characters.json, with the aliases that make matching tricky.
const carrie: NamedCharacter = { id: 1, name: 'Carrie Bradshaw', shortName: 'Carrie', aliases: ['Carrie', 'Bradshaw'] };
const samantha: NamedCharacter = { id: 2, name: 'Samantha Jones', shortName: 'Samantha', aliases: ['Samantha', 'Sam', 'Samanthas'] };
const big: NamedCharacter = { id: 5, name: 'Mr. Big', shortName: 'Big', aliases: ['Big', 'Bigs', 'Mr. Big', 'John Preston'] };
const aidan: NamedCharacter = { id: 6, name: 'Aidan Shaw', shortName: 'Aidan', aliases: ['Aidan', 'Aiden', 'Aidans', 'Aidens'] };
const brady: NamedCharacter = { id: 14, name: 'Brady Hobbes', shortName: 'Brady', aliases: ['Brady', 'Danny'] };
const steve: NamedCharacter = { id: 7, name: 'Steve Brady', shortName: 'Steve', aliases: ['Steve', 'Steves'] };
const billKelly: NamedCharacter = { id: 20, name: 'Bill Kelly', shortName: 'Bill Kelly', aliases: ['Bill Kelly', 'Bill', 'Kelly'] };
const characters = [carrie, samantha, big, aidan, brady, steve, billKelly];

const mentioned = (text: string) => findMentionedCharacters(text, characters).sort((a, b) => a - b);

describe('findMentionedCharacters', () => {
  it('finds a short name as a whole word', () => {
    expect(mentioned('Heute ruft Carrie an.')).toEqual([carrie.id]);
  });

  it('finds the full name and aliases, including misspellings the hosts use', () => {
    expect(mentioned('Carrie Bradshaw und Aiden')).toEqual([carrie.id, aidan.id]);
    expect(mentioned('Sam lacht.')).toEqual([samantha.id]);
    expect(mentioned('Ein Bettchen für Danny.')).toEqual([brady.id]);
  });

  it('finds the German genitive with and without apostrophe', () => {
    expect(mentioned('Carries Wohnung')).toEqual([carrie.id]);
    expect(mentioned("Carrie's Wohnung")).toEqual([carrie.id]);
    expect(mentioned('Carrie’s Wohnung')).toEqual([carrie.id]);
  });

  it('finds a name at the very start and end of the text and next to punctuation', () => {
    expect(mentioned('Big')).toEqual([big.id]);
    expect(mentioned('„Big?“')).toEqual([big.id]);
    expect(mentioned('(Carrie)')).toEqual([carrie.id]);
  });

  it('does not find a name inside a longer word', () => {
    expect(mentioned('Der Bigamist kommt am Samstag.')).toEqual([]);
    expect(mentioned('Sams')).toEqual([samantha.id]); // genitive, whereas…
    expect(mentioned('Samstag, Samba, Sample, BigBand, Carrieanne')).toEqual([]);
  });

  it('does not find a name at the end of a longer word', () => {
    expect(mentioned('SuperBig, MegaSam und PopCarrie')).toEqual([]);
  });

  it('treats umlauts and digits as letters of the word', () => {
    expect(mentioned('Bigö Samß Big2')).toEqual([]);
  });

  it('is case-sensitive, so common lowercase words are not names', () => {
    expect(mentioned('ein big deal, sam und steve')).toEqual([]);
  });

  it('matches a multi-word alias as a whole', () => {
    expect(mentioned('Mr. Big zieht nach Kalifornien.')).toEqual([big.id]);
    expect(mentioned('John Preston zieht um.')).toEqual([big.id]);
    expect(mentioned('Bill Kelly kandidiert.')).toEqual([billKelly.id]);
  });

  it('finds every character a text mentions, each once', () => {
    expect(mentioned('Carrie trifft Big, dann Aiden, dann wieder Big und Carries Freundin Sam.')).toEqual([
      carrie.id,
      samantha.id,
      big.id,
      aidan.id,
    ]);
  });

  it('handles names with regex metacharacters literally', () => {
    const dotted: NamedCharacter = { id: 99, name: 'Mr. X', shortName: 'X.', aliases: [] };
    expect(mentionPattern(dotted).test('Mr. X kommt')).toBe(true);
    expect(mentionPattern(dotted).test('Mrs X kommt')).toBe(false);
  });

  it('ignores empty aliases instead of matching everything', () => {
    const blank: NamedCharacter = { id: 98, name: 'Oliver', shortName: 'Oliver', aliases: ['', '  '] };
    expect(findMentionedCharacters('Oliver kommt.', [blank])).toEqual([98]);
    expect(findMentionedCharacters('Niemand hier.', [blank])).toEqual([]);
  });
});

describe('suggestStorylines', () => {
  const storylines = [
    { id: 100, characterIds: [carrie.id, big.id] },
    { id: 101, characterIds: [carrie.id, aidan.id] },
    { id: 102, characterIds: [] },
  ];

  it('suggests a storyline when all of its characters are mentioned', () => {
    expect(suggestStorylines([carrie.id, big.id, samantha.id], storylines)).toEqual([100]);
  });

  it('does not suggest a storyline when one of its characters is missing', () => {
    expect(suggestStorylines([carrie.id], storylines)).toEqual([]);
  });

  it('suggests several storylines at once', () => {
    expect(suggestStorylines([aidan.id, big.id, carrie.id], storylines)).toEqual([100, 101]);
  });

  it('never suggests a storyline without characters', () => {
    expect(suggestStorylines([], storylines)).toEqual([]);
    expect(suggestStorylines([carrie.id, big.id, aidan.id], storylines)).not.toContain(102);
  });
});
