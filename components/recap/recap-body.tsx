import { renderToReactElement } from '@tiptap/static-renderer/pm/react';
import type { ReactNode } from 'react';
import { recapExtensions } from '@/lib/recaps/document/extensions';
import type { RecapDocument } from '@/lib/recaps/document';
import { EpisodeAudio } from './episode-audio';
import { playableAudioUrl } from './audio-url';
import {
  CharacterMentionNode,
  CommentMark,
  createTimestampNode,
  HeadingNode,
  LinkMark,
  ParagraphNode,
  SpeakerQuoteNode,
  SpoilerMark,
  StorylineTagNode,
} from './recap-nodes';

type Props = {
  /** The stored Tiptap JSON (validated on save by lib/recaps/document/validate.ts). */
  body: unknown;
  /** The episode's audio; timestamps jump into it when set. */
  audioUrl?: string | null;
};

/** The recap as plain React elements; listeners get HTML and, with audio, a tiny player script. */
export function renderRecapBody(body: unknown, audioUrl: string | null): ReactNode {
  return renderToReactElement({
    content: body as RecapDocument,
    extensions: recapExtensions,
    options: {
      nodeMapping: {
        paragraph: ParagraphNode,
        heading: HeadingNode,
        characterMention: CharacterMentionNode,
        storylineTag: StorylineTagNode,
        timestamp: createTimestampNode(audioUrl),
        speakerQuote: SpeakerQuoteNode,
      },
      markMapping: { link: LinkMark, spoiler: SpoilerMark, comment: CommentMark },
    },
  });
}

// Saved documents are at most 20 levels deep (lib/recaps/document/validate.ts). A deeper
// stored body (a row written by hand) would overflow React's recursive renderer outside
// the try below and fail the whole page, so it is refused before rendering.
const maxRenderDepth = 50;

function tooDeep(body: unknown): boolean {
  const stack: { node: unknown; depth: number }[] = [{ node: body, depth: 1 }];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    if (entry.depth > maxRenderDepth) return true;
    const content = typeof entry.node === 'object' && entry.node !== null ? (entry.node as { content?: unknown }).content : undefined;
    if (Array.isArray(content)) for (const child of content) stack.push({ node: child, depth: entry.depth + 1 });
  }
  return false;
}

/** Renders a recap's Tiptap JSON on the server; public pages ship no editor code. */
export function RecapBody({ body, audioUrl = null }: Props) {
  const playable = playableAudioUrl(audioUrl);
  let content: ReactNode;
  try {
    if (tooDeep(body)) throw new Error('Recap body is nested too deeply to render');
    content = renderRecapBody(body, playable);
  } catch (error) {
    // A stored body that no longer fits the schema should cost one recap, not the page.
    console.error('Recap body could not be rendered', error);
    return <p className="muted">Dieses Recap kann gerade nicht angezeigt werden.</p>;
  }
  const prose = <div className="prose">{content}</div>;
  return playable ? <EpisodeAudio audioUrl={playable}>{prose}</EpisodeAudio> : prose;
}
