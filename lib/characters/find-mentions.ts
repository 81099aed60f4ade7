export type NamedCharacter = { id: number; name: string; shortName: string; aliases: string[] };
export type NamedStoryline = { id: number; characterIds: number[] };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Matches a character's name, short name or aliases as whole words, case-sensitive,
 * also with a German genitive s ("Carries", "Carrie's"). Letters or digits on either
 * side break the match, so "Big" does not tag "Bigamist" and "Sam" not "Samstag".
 */
export function mentionPattern(character: NamedCharacter): RegExp {
  const names = [...new Set([character.name, character.shortName, ...character.aliases])]
    .filter((name) => name.trim().length > 0)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?:['’]?s)?(?![\\p{L}\\p{N}])`, 'u');
}

/** A finder of the characters mentioned in a text, with each pattern compiled once (the importer runs it per recap). */
export function mentionFinder(characters: NamedCharacter[]): (text: string) => number[] {
  const patterns = characters.map((character) => ({ id: character.id, pattern: mentionPattern(character) }));
  return (text) => patterns.filter(({ pattern }) => pattern.test(text)).map(({ id }) => id);
}

/** Ids of the characters mentioned in `text`. */
export function findMentionedCharacters(text: string, characters: NamedCharacter[]): number[] {
  return mentionFinder(characters)(text);
}

/** Storylines all of whose characters are mentioned: a suggestion a host confirms or rejects. */
export function suggestStorylines(characterIds: number[], storylines: NamedStoryline[]): number[] {
  const mentioned = new Set(characterIds);
  return storylines
    .filter((storyline) => storyline.characterIds.length > 0 && storyline.characterIds.every((id) => mentioned.has(id)))
    .map((storyline) => storyline.id);
}
