import type { Mark as ProseMirrorMark, Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { ReactNode } from 'react';
import { recapLinkRel } from '@/lib/recaps/document/extensions';
import { isSafeHref } from '@/lib/recaps/document/safe-href';
import { formatTimestamp, isoDuration, isValidTimestampSeconds } from '@/lib/recaps/document/timestamp-format';
import styles from './recap-body.module.css';

// How the podcast's own nodes and marks look on public pages. Plain server components:
// links, a <time>, and a checkbox that reveals spoilers without JavaScript.

type Children = ReactNode | ReactNode[];
type NodeProps = {
  node: ProseMirrorNode;
  parent?: ProseMirrorNode;
  children?: Children;
  renderElement: (props: { content: ProseMirrorNode; parent?: ProseMirrorNode }) => Children;
};
type MarkProps = { mark: ProseMirrorMark; children?: Children };

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const slugPath = (base: string, slug: unknown): string | null => (typeof slug === 'string' && slug ? `${base}/${encodeURIComponent(slug)}` : null);

function Reference({ node, base, className }: { node: ProseMirrorNode; base: string; className: string | undefined }) {
  const href = slugPath(base, node.attrs.slug);
  const label = text(node.attrs.label);
  return href ? (
    <a href={href} className={className} data-type={node.type.name}>
      {label}
    </a>
  ) : (
    <span className={className}>{label}</span>
  );
}

export function CharacterMentionNode({ node }: NodeProps) {
  return <Reference node={node} base="/figuren" className={styles.mention} />;
}

export function StorylineTagNode({ node }: NodeProps) {
  return <Reference node={node} base="/handlungsstraenge" className={styles.storyline} />;
}

/** A jump into the episode when there is audio (the player catches the click); the bare time otherwise. */
export function createTimestampNode(audioUrl: string | null) {
  return function TimestampNode({ node }: NodeProps) {
    const seconds = node.attrs.seconds;
    if (!isValidTimestampSeconds(seconds)) return null;
    const time = formatTimestamp(seconds);
    const label = <time dateTime={isoDuration(seconds)}>{time}</time>;
    if (!audioUrl) return <span className={styles.timestamp}>{label}</span>;
    // Without JavaScript the media fragment (#t=) still opens the audio at that moment.
    return (
      <a href={`${audioUrl}#t=${seconds}`} data-seconds={seconds} className={styles.timestampLink} aria-label={`Folge ab ${time} anhören`}>
        {label}
      </a>
    );
  };
}

export function SpeakerQuoteNode({ node, children }: NodeProps) {
  const name = text(node.attrs.speakerName);
  const href = slugPath('/figuren', node.attrs.speakerSlug);
  return (
    <figure className={styles.quote} data-type="speakerQuote">
      <blockquote>{children}</blockquote>
      {name ? <figcaption>— {href ? <a href={href}>{name}</a> : name}</figcaption> : null}
    </figure>
  );
}

/** Hidden until revealed; display:none keeps screen readers from reading it out early, too. */
export function SpoilerReveal({ children }: { children?: Children }) {
  return (
    <span className={styles.spoiler} data-spoiler="">
      <label className={styles.spoilerToggle}>
        <input type="checkbox" className={styles.spoilerCheckbox} data-spoiler-toggle="" />
        <span>Spoiler anzeigen</span>
      </label>
      <span className={styles.spoilerContent} data-spoiler-content="">
        {children}
      </span>
    </span>
  );
}

const hasSpoiler = (node: ProseMirrorNode): boolean => node.marks.some((mark) => mark.type.name === 'spoiler');

/**
 * The static renderer wraps marks around each text node separately, so "a **b** c" under one
 * spoiler would become three reveal buttons. Text blocks therefore group adjacent spoiler
 * nodes themselves and render them, without the mark, inside one reveal.
 */
function InlineContent({ node, renderElement }: Pick<NodeProps, 'node' | 'renderElement'>) {
  const out: ReactNode[] = [];
  let run: ReactNode[] = [];
  const flush = () => {
    if (run.length > 0) out.push(<SpoilerReveal key={`spoiler-${out.length}`}>{run}</SpoilerReveal>);
    run = [];
  };
  node.content.forEach((child) => {
    if (hasSpoiler(child)) {
      run.push(renderElement({ content: child.mark(child.marks.filter((mark) => mark.type.name !== 'spoiler')), parent: node }));
    } else {
      flush();
      out.push(renderElement({ content: child, parent: node }));
    }
  });
  flush();
  return out;
}

export function ParagraphNode(props: NodeProps) {
  return <p>{InlineContent(props)}</p>;
}

export function HeadingNode(props: NodeProps) {
  const content = InlineContent(props);
  return props.node.attrs.level === 3 ? <h3>{content}</h3> : <h2>{content}</h2>;
}

export function LinkMark({ mark, children }: MarkProps) {
  const href: unknown = mark.attrs.href;
  if (!isSafeHref(href)) return <>{children}</>;
  return (
    <a href={href} rel={recapLinkRel} target={mark.attrs.target === '_blank' ? '_blank' : undefined}>
      {children}
    </a>
  );
}

/** Only used where a spoiler mark was not grouped by a text block (there is no such place today). */
/** Editors' comment anchors are for the studio: listeners get the text alone. */
export function CommentMark({ children }: MarkProps) {
  return <>{children}</>;
}

export function SpoilerMark({ children }: MarkProps) {
  return <SpoilerReveal>{children}</SpoilerReveal>;
}
