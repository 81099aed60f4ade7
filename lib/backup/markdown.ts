import { formatTimestamp } from '@/lib/recaps/document/timestamp-format';
import type { DocNode } from '@/lib/recaps/document';
import type { ArchiveRecap, RewatchArchive } from './schema';

// One Markdown file per recap, for reading and grepping a backup without Rewatch:
// YAML front matter (season, episode, title, status, tags), then the recap. Mentions and
// storyline tags become links to the public pages, timestamps "[12:34]", and spoilers
// are wrapped in "||…||" (as in chat apps), so a reader sees where they begin and end.

// Characters with a meaning in Markdown inline text; escaped so recap text stays text.
const inlineSpecial = /[\\`*_[\]<>|]/g;
const escapeInline = (text: string): string => text.replace(inlineSpecial, (char) => `\\${char}`);
// At the start of a line these would turn text into a heading, list or quote.
const escapeLineStart = (line: string): string => line.replace(/^(\s*)(#|>|[-+]\s|\d+[.)]\s)/, (_, space: string, marker: string) => `${space}\\${marker}`);

type Mark = NonNullable<DocNode['marks']>[number];

function wrapMark(mark: Mark, inner: string): string {
  switch (mark.type) {
    case 'bold':
      return `**${inner}**`;
    case 'italic':
      return `*${inner}*`;
    case 'spoiler':
      return `||${inner}||`;
    case 'link': {
      const href = typeof mark.attrs?.href === 'string' ? mark.attrs.href : '';
      // Angle brackets allow spaces and parentheses in the address; ">" cannot occur in a valid URL.
      return href ? `[${inner}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)` : inner;
    }
    default:
      return inner;
  }
}

function inline(node: DocNode): string {
  const attrs = node.attrs ?? {};
  const label = typeof attrs.label === 'string' ? escapeInline(attrs.label) : '';
  const slug = typeof attrs.slug === 'string' ? encodeURIComponent(attrs.slug) : '';
  let out: string;
  switch (node.type) {
    case 'text':
      out = escapeInline(node.text ?? '');
      break;
    case 'characterMention':
      out = slug ? `[@${label}](/figuren/${slug})` : `@${label}`;
      break;
    case 'storylineTag':
      out = slug ? `[#${label}](/handlungsstraenge/${slug})` : `#${label}`;
      break;
    case 'timestamp':
      out = typeof attrs.seconds === 'number' ? `[${formatTimestamp(attrs.seconds)}]` : '';
      break;
    case 'hardBreak':
      return '  \n';
    default:
      out = (node.content ?? []).map(inline).join('');
  }
  // Marks are applied innermost first in document order; a link outermost reads best.
  const marks = [...(node.marks ?? [])].sort((a, b) => Number(a.type === 'link') - Number(b.type === 'link'));
  return marks.reduce((inner, mark) => wrapMark(mark, inner), out);
}

function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, index) => (index === 0 ? first : line ? rest : rest.trimEnd()) + line)
    .join('\n');
}

function block(node: DocNode): string {
  const children = node.content ?? [];
  switch (node.type) {
    case 'paragraph':
      return escapeLineStart(children.map(inline).join(''));
    case 'heading': {
      const level = node.attrs?.level === 3 ? 3 : 2;
      return `${'#'.repeat(level)} ${children.map(inline).join('')}`;
    }
    case 'bulletList':
      return children.map((item) => prefixLines(blocks(item.content ?? []), '- ', '  ')).join('\n');
    case 'orderedList': {
      const start = typeof node.attrs?.start === 'number' ? node.attrs.start : 1;
      return children.map((item, index) => prefixLines(blocks(item.content ?? []), `${start + index}. `, '   ')).join('\n');
    }
    case 'blockquote':
      return prefixLines(blocks(children), '> ', '> ');
    case 'speakerQuote': {
      const speaker = typeof node.attrs?.speakerName === 'string' ? `\n>\n> — ${escapeInline(node.attrs.speakerName)}` : '';
      return prefixLines(blocks(children), '> ', '> ') + speaker;
    }
    default:
      return children.length ? blocks(children) : inline(node);
  }
}

function blocks(nodes: DocNode[]): string {
  return nodes.map(block).filter((text) => text.trim() !== '').join('\n\n');
}

/** A Tiptap recap document as Markdown. */
export function documentToMarkdown(doc: unknown): string {
  const content = typeof doc === 'object' && doc !== null && Array.isArray((doc as { content?: unknown }).content) ? (doc as { content: DocNode[] }).content : [];
  return blocks(content);
}

/** YAML scalars: JSON strings are valid double-quoted YAML, so any title is safe. */
const yaml = (value: string | number | null): string => (value === null ? 'null' : typeof value === 'number' ? String(value) : JSON.stringify(value));

export type MarkdownFile = { name: string; content: string };

/** One Markdown file per recap of the archive, named after the episode (or "eingang-<id>" for the inbox). */
export function recapMarkdownFiles(archive: RewatchArchive): MarkdownFile[] {
  const episodes = new Map(archive.episodes.map((e) => [e.id, e]));
  const seasons = new Map(archive.seasons.map((s) => [s.id, s.number]));
  const characters = new Map(archive.characters.map((c) => [c.id, c.name]));
  const storylines = new Map(archive.storylines.map((s) => [s.id, s.title]));
  return archive.recaps.map((recap: ArchiveRecap) => {
    const episode = recap.episodeId === null ? undefined : episodes.get(recap.episodeId);
    const tags = [
      ...recap.characters.flatMap((t) => characters.get(t.id) ?? []),
      ...recap.storylines.flatMap((t) => storylines.get(t.id) ?? []),
    ];
    const front = [
      '---',
      `season: ${yaml(episode ? (seasons.get(episode.seasonId) ?? null) : null)}`,
      `episode: ${yaml(episode?.number ?? null)}`,
      `title: ${yaml(episode?.title ?? null)}`,
      `status: ${yaml(recap.status)}`,
      tags.length ? `tags:\n${tags.map((tag) => `  - ${yaml(tag)}`).join('\n')}` : 'tags: []',
      '---',
    ];
    // Episode slugs are ours (a-z, 0-9, -); anything else would never reach a file name.
    const name = episode && /^[a-z0-9-]{1,200}$/.test(episode.slug) ? `${episode.slug}.md` : `eingang-${recap.id}.md`;
    return { name, content: `${front.join('\n')}\n\n${documentToMarkdown(recap.body)}\n` };
  });
}
