// Highlighting in code, not with ts_headline: ts_headline parses and stems the whole recap
// for every hit shown, which cost more than finding and ranking the hits together. The
// segments are plain text; React escapes them and <mark> is added by the component.

export type Segment = { text: string; hit: boolean };

// The German stemmer drops these from the end of a word (Snowball's steps 1 to 3, in
// short), so a word is a form of an index lexeme when it is the lexeme plus at most these.
const inflection = /^(?:e|em|en|end|ende|er|ern|es|est|n|nen|ns|s|st|ung|ungen)?$/;

// Lexemes are stored without umlauts and with ß as ss (Snowball's German stemmer), words not.
const umlaut = /[äöüß]/g;
const unUmlaut: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss' };

// toLowerCase, not toLocaleLowerCase('de-DE'): the same for German letters (the locale only
// matters for Turkish and Lithuanian dotted i), and the locale's version cost most of a search
// page's snippets.
function asLexeme(word: string): string {
  return word.toLowerCase().replace(umlaut, (letter) => unUmlaut[letter] ?? letter);
}

/** Whether a word of the text is a form of one of the query's lexemes. */
export function isFormOf(word: string, lexemes: string[]): boolean {
  const folded = asLexeme(word);
  return lexemes.some((lexeme) => folded.startsWith(lexeme) && inflection.test(folded.slice(lexeme.length)));
}

type Token = { start: number; end: number; hit: boolean };

// Words are runs of letters and digits (\p{L}\p{N}). Scanned by character code, not with a
// Unicode-property regular expression, which took most of the time of a search page's
// snippets: recaps are nearly all ASCII, and other characters are looked up once each.
const letterOrDigit = /^[\p{L}\p{N}]$/u;
const nonAsciiWordChar = new Map<number, boolean>();

function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  let known = nonAsciiWordChar.get(code);
  if (known === undefined) {
    known = letterOrDigit.test(String.fromCodePoint(code));
    // Bounded: a text of unusual scripts must not grow the table without end.
    if (nonAsciiWordChar.size < 4096) nonAsciiWordChar.set(code, known);
  }
  return known;
}

// A word can only be a form of a lexeme that starts with the word's own first letter, folded:
// checking that first rules out most words without folding them. The first code point folds
// to the first letter of the folded word (JavaScript's only context-dependent lowercasing is
// a final sigma, which a word's first letter never is).
function initialOf(code: number): string {
  if (code < 128) return String.fromCharCode(code >= 65 && code <= 90 ? code + 32 : code);
  return asLexeme(String.fromCodePoint(code)).charAt(0);
}

function tokensOf(text: string, lexemes: string[]): Token[] {
  const initials = new Set(lexemes.map((lexeme) => lexeme.charAt(0)));
  const tokens: Token[] = [];
  let start = -1;
  let first = 0;
  for (let at = 0; at <= text.length; ) {
    const code = at < text.length ? (text.codePointAt(at) ?? 0) : -1;
    const width = code > 0xffff ? 2 : 1;
    if (code >= 0 && isWordChar(code)) {
      if (start < 0) {
        start = at;
        first = code;
      }
    } else if (start >= 0) {
      tokens.push({ start, end: at, hit: initials.has(initialOf(first)) && isFormOf(text.slice(start, at), lexemes) });
      start = -1;
    }
    at += width;
  }
  return tokens;
}

/** `text` from `from` to `to` as segments, the matching words marked. */
function segmentsBetween(text: string, tokens: Token[], from: number, to: number): Segment[] {
  const segments: Segment[] = [];
  let at = from;
  for (const token of tokens) {
    if (!token.hit || token.start < from || token.end > to) continue;
    if (token.start > at) segments.push({ text: text.slice(at, token.start), hit: false });
    segments.push({ text: text.slice(token.start, token.end), hit: true });
    at = token.end;
  }
  if (to > at) segments.push({ text: text.slice(at, to), hit: false });
  return segments;
}

/** A title with every match marked. */
export function highlightAll(text: string, lexemes: string[]): Segment[] {
  return segmentsBetween(text, tokensOf(text, lexemes), 0, text.length);
}

const fragmentWords = 16;
const maxFragments = 2;
const leadWords = 4;

/**
 * Up to two passages of the text around its first matches (16 words each, a few before the
 * match), joined by " … "; the opening words when nothing matches (the hit came from the
 * title or the tags).
 */
export function snippetOf(text: string, lexemes: string[]): Segment[] {
  const tokens = tokensOf(text, lexemes);
  const starts: number[] = [];
  for (const [index, token] of tokens.entries()) {
    if (!token.hit) continue;
    const start = Math.max(0, index - leadWords);
    const previous = starts.at(-1);
    if (previous !== undefined && start < previous + fragmentWords) continue;
    starts.push(start);
    if (starts.length === maxFragments) break;
  }
  if (starts.length === 0) starts.push(0);
  const segments: Segment[] = [];
  for (const [n, start] of starts.entries()) {
    const first = tokens[start];
    const last = tokens[Math.min(tokens.length, start + fragmentWords) - 1];
    if (!first || !last) continue;
    const toEnd = last === tokens.at(-1);
    if (n > 0 || start > 0) segments.push({ text: n > 0 ? ' … ' : '… ', hit: false });
    segments.push(...segmentsBetween(text, tokens, start === 0 ? 0 : first.start, toEnd ? text.length : last.end));
    if (n === starts.length - 1 && !toEnd) segments.push({ text: ' …', hit: false });
  }
  return segments;
}
