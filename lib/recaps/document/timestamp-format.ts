// Pure helpers shared by the editor's input rule, the validator and the renderers.

/** Timestamps point into one podcast episode; nothing is a day long. */
export const TIMESTAMP_LIMIT_SECONDS = 24 * 60 * 60;

// "[12:34]" (minutes up to 999) or "[1:02:03]" (hours 0–23). The ranges are in the
// pattern itself so every match is a valid timestamp the server will accept.
const timestampBody = String.raw`(?:(?:[01]?\d|2[0-3]):[0-5]\d:[0-5]\d|\d{1,3}:[0-5]\d)`;

// No capture group on purpose: Tiptap's node input and paste rules replace only the first
// group when there is one, which would leave the brackets standing around the node.
/** Matches "[12:34]" at the end of the typed text (input rule); match[0] is the whole "[12:34]". */
export const timestampInputPattern = new RegExp(String.raw`\[${timestampBody}\]$`);
/** Matches every "[12:34]" in pasted text (paste rule). */
export const timestampPastePattern = new RegExp(String.raw`\[${timestampBody}\]`, 'g');
const wholeTimestamp = new RegExp(String.raw`^${timestampBody}$`);

/** "12:34" → 754, "1:02:03" → 3723; null for anything else. */
export function parseTimestamp(text: string): number | null {
  const trimmed = text.trim().replace(/^\[(.*)\]$/, '$1');
  if (!wholeTimestamp.test(trimmed)) return null;
  const parts = trimmed.split(':').map(Number);
  const seconds = parts.reduce((total, part) => total * 60 + part, 0);
  return seconds < TIMESTAMP_LIMIT_SECONDS ? seconds : null;
}

export function isValidTimestampSeconds(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < TIMESTAMP_LIMIT_SECONDS;
}

/** 754 → "12:34", 3723 → "1:02:03" (as a podcast player shows it). */
export function formatTimestamp(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** ISO 8601 duration for <time datetime>, e.g. "PT12M34S". */
export function isoDuration(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds % 60}S`;
}
