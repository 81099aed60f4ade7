// What the "@" and "#" popups offer, and how a typed query finds it. Pure, so it is unit-tested.

export type EditorCharacter = { id: number; name: string; shortName: string; slug: string; aliases: string[] };
export type EditorStoryline = { id: number; title: string; slug: string };

export type SuggestionItem = {
  id: number;
  slug: string;
  /** What the node shows and stores as its label. */
  label: string;
  /** A second line in the popup, e.g. the full name and the alias that matched. */
  detail: string | null;
};

export const SUGGESTION_LIMIT = 8;

/** Case- and accent-insensitive: "zoe" finds "Zoë". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('de-DE');
}

/** 0 for a name that starts with the query, 1 for a word inside it that does, 2 for a substring, null for none. */
function rank(name: string, query: string): number | null {
  const folded = fold(name);
  if (folded.startsWith(query)) return 0;
  if (folded.split(/[\s.\-'’]+/).some((word) => word.startsWith(query))) return 1;
  return folded.includes(query) ? 2 : null;
}

export function filterCharacters(characters: EditorCharacter[], query: string, limit = SUGGESTION_LIMIT): SuggestionItem[] {
  const folded = fold(query.trim());
  const ranked: { item: SuggestionItem; score: number }[] = [];
  for (const character of characters) {
    const names = [character.shortName, character.name, ...character.aliases];
    let best: { score: number; name: string } | null = null;
    for (const name of names) {
      const score = folded ? rank(name, folded) : 0;
      if (score !== null && (!best || score < best.score)) best = { score, name };
    }
    if (!best) continue;
    const viaAlias = character.aliases.includes(best.name) && best.name !== character.shortName && best.name !== character.name;
    const detail = [character.name !== character.shortName ? character.name : null, viaAlias ? `auch „${best.name}“` : null].filter(Boolean).join(' · ');
    ranked.push({ item: { id: character.id, slug: character.slug, label: character.shortName, detail: detail || null }, score: best.score });
  }
  return ranked
    .sort((a, b) => a.score - b.score || a.item.label.localeCompare(b.item.label, 'de'))
    .slice(0, limit)
    .map(({ item }) => item);
}

export function filterStorylines(storylines: EditorStoryline[], query: string, limit = SUGGESTION_LIMIT): SuggestionItem[] {
  const folded = fold(query.trim());
  return storylines
    .map((storyline) => ({ storyline, score: folded ? rank(storyline.title, folded) : 0 }))
    .filter((entry): entry is { storyline: EditorStoryline; score: number } => entry.score !== null)
    .sort((a, b) => a.score - b.score || a.storyline.title.localeCompare(b.storyline.title, 'de'))
    .slice(0, limit)
    .map(({ storyline }) => ({ id: storyline.id, slug: storyline.slug, label: storyline.title, detail: null }));
}
