// ts_headline marks matches with these private-use characters instead of HTML, so the
// text stays text: React escapes it and <mark> is added by splitting, never by markup.
export const markStart = '\uE000';
export const markStop = '\uE001';

export type Segment = { text: string; hit: boolean };

/** Splits ts_headline output into plain and highlighted segments. */
export function segmentsOf(marked: string): Segment[] {
  const segments: Segment[] = [];
  for (const [index, part] of marked.split(new RegExp(`[${markStart}${markStop}]`)).entries()) {
    if (part) segments.push({ text: part, hit: index % 2 === 1 });
  }
  return segments;
}

export function headlineOptions(kind: 'title' | 'snippet'): string {
  const marks = `StartSel=${markStart}, StopSel=${markStop}`;
  return kind === 'title'
    ? `${marks}, HighlightAll=true`
    : `${marks}, MaxWords=32, MinWords=14, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
}
