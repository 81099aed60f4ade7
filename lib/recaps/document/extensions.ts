import type { AnyExtension, Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { CharacterMention } from './nodes/character-mention';
import { Comment } from './nodes/comment';
import { SpeakerQuote } from './nodes/speaker-quote';
import { Spoiler } from './nodes/spoiler';
import { StorylineTag } from './nodes/storyline-tag';
import { Timestamp } from './nodes/timestamp';
import { allowedLinkProtocols, isSafeHref } from './safe-href';

// The one place Tiptap is configured: the same list serves the studio's editor,
// the server-side document validation and the static renderer of public pages.
// It lives in lib/ because the server imports it; editor-only behaviour (suggestion
// popups, placeholder) is added in components/editor/editor-extensions.ts.

/** The link relation every recap link gets (links are written by hosts but lead elsewhere). */
export const recapLinkRel = 'noopener noreferrer nofollow';

export const recapStarterKit = StarterKit.configure({
  heading: { levels: [2, 3] },
  code: false,
  codeBlock: false,
  horizontalRule: false,
  strike: false,
  underline: false,
  link: {
    protocols: [...allowedLinkProtocols],
    openOnClick: false,
    autolink: true,
    defaultProtocol: 'https',
    HTMLAttributes: { rel: recapLinkRel, target: null },
    isAllowedUri: (url) => isSafeHref(url),
    shouldAutoLink: (url) => isSafeHref(url),
  },
});

/** The nodes the editor extends with suggestion popups; same name and schema either way. */
export type ReferenceNodes = { characterMention: AnyExtension; storylineTag: AnyExtension };

/**
 * The recap schema's extensions, optionally with editor-enhanced reference nodes. `live`
 * leaves out the editor's own undo history: in a shared document Yjs keeps it per person.
 */
export function buildRecapExtensions(
  references: ReferenceNodes = { characterMention: CharacterMention, storylineTag: StorylineTag },
  options: { live?: boolean } = {},
): Extensions {
  const starterKit = options.live ? recapStarterKit.configure({ undoRedo: false }) : recapStarterKit;
  return [starterKit, references.characterMention, references.storylineTag, Timestamp, Spoiler, SpeakerQuote, Comment];
}

export const recapExtensions: Extensions = buildRecapExtensions();

export { CharacterMention, Comment, SpeakerQuote, Spoiler, StorylineTag, Timestamp };
