import type { DocNode } from '@/lib/recaps/document';

export type Chapter = { startTime: number; title: string };

/** Podcasting 2.0 chapters (https://github.com/Podcastindex-org/podcast-namespace/blob/main/chapters/jsonChapters.md). */
export type ChaptersFile = { version: '1.2.0'; title?: string; chapters: Chapter[] };

type Found = { seconds: number; heading: string | null; inHeading: boolean; block: string };

function secondsOf(attrs: Record<string, unknown> | undefined): number | null {
  const value = attrs?.seconds;
  const seconds = typeof value === 'string' ? Number(value) : value;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0 ? Math.floor(seconds) : null;
}

function textOf(node: DocNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'timestamp') return '';
  return (node.content ?? []).map(textOf).join('');
}

const tidy = (text: string) => text.replace(/\s+/g, ' ').replace(/^[\s–—:-]+|[\s–—:-]+$/g, '').trim();

/**
 * Chapters from a recap body, read generically so the editor's schema can grow: any node
 * of type "timestamp" or any text with a "timestamp" mark, with `attrs.seconds`, starts a
 * chapter. Its title is the heading it sits in, else the heading before it (once), else the
 * text of its paragraph.
 */
export function chaptersFromBody(body: unknown, title?: string): ChaptersFile {
  const found: Found[] = [];
  let heading: string | null = null;
  const walk = (node: DocNode, block: DocNode | null) => {
    const inBlock = node.type === 'heading' || node.type === 'paragraph' || node.type === 'listItem' ? node : block;
    if (node.type === 'heading') heading = tidy(textOf(node));
    const fromNode = node.type === 'timestamp' ? secondsOf(node.attrs) : null;
    const fromMark = node.marks?.find((mark) => mark.type === 'timestamp');
    const seconds = fromNode ?? (fromMark ? secondsOf(fromMark.attrs) : null);
    if (seconds !== null) {
      found.push({ seconds, heading, inHeading: inBlock?.type === 'heading', block: inBlock ? tidy(textOf(inBlock)) : '' });
    }
    node.content?.forEach((child) => walk(child, inBlock));
  };
  const doc = body as { content?: DocNode[] } | null;
  (Array.isArray(doc?.content) ? doc.content : []).forEach((node) => walk(node, null));

  const usedHeadings = new Set<string>();
  const chapters = new Map<number, Chapter>();
  // Titles are decided in reading order (a heading names the first timestamp under it), then sorted by time.
  for (const entry of found) {
    if (chapters.has(entry.seconds)) continue;
    let chapterTitle = entry.block;
    if (entry.heading && (entry.inHeading || !usedHeadings.has(entry.heading))) {
      chapterTitle = entry.heading;
      usedHeadings.add(entry.heading);
    }
    const short = chapterTitle.length > 90 ? `${chapterTitle.slice(0, chapterTitle.lastIndexOf(' ', 88))} …` : chapterTitle;
    chapters.set(entry.seconds, { startTime: entry.seconds, title: short || `Ab ${formatClock(entry.seconds)}` });
  }
  const sorted = [...chapters.values()].sort((a, b) => a.startTime - b.startTime);
  return { version: '1.2.0', ...(title ? { title } : {}), chapters: sorted };
}

export function formatClock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
