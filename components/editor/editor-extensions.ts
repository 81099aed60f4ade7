import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { Extensions } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { Placeholder } from '@tiptap/extensions';
import { PluginKey } from '@tiptap/pm/state';
import { Suggestion } from '@tiptap/suggestion';
import type * as Y from 'yjs';
import { bodyField } from '@/lib/recaps/live/y-field';
import { buildRecapExtensions, CharacterMention, StorylineTag } from '@/lib/recaps/document/extensions';
import { filterCharacters, filterStorylines, type EditorCharacter, type EditorStoryline, type SuggestionItem } from './suggestion-items';
import { createSuggestionRender } from './suggestion-render';

// Editor-only additions to the shared schema list: the "@"/"#" popups and the placeholder.
// The nodes keep their names and schema, so what the editor writes is what the server
// validates and the public page renders (a unit test compares the two schemas).

/** The shared document, its connection and the person typing, for live editing. */
export type LiveBinding = {
  ydoc: Y.Doc;
  provider: HocuspocusProvider;
  user: { name: string; color: string };
};

export type EditorSources = {
  /** Read on each keystroke, so the lists can change without rebuilding the editor. */
  characters: () => EditorCharacter[];
  storylines: () => EditorStoryline[];
};

const characterKey = new PluginKey('characterMentionSuggestion');
const storylineKey = new PluginKey('storylineTagSuggestion');

export const editorPlaceholder = 'Recap schreiben … @ für Figuren, # für Handlungsstränge, [12:34] für Zeitmarken';

export function createEditorExtensions(sources: EditorSources, live?: LiveBinding): Extensions {
  const characterMention = CharacterMention.extend({
    addProseMirrorPlugins() {
      return [
        Suggestion<SuggestionItem, SuggestionItem>({
          editor: this.editor,
          pluginKey: characterKey,
          char: '@',
          items: ({ query }) => filterCharacters(sources.characters(), query),
          command: ({ editor, range, props }) => {
            editor.chain().focus().insertContentAt(range, [{ type: 'characterMention', attrs: { id: props.id, slug: props.slug, label: props.label } }, { type: 'text', text: ' ' }]).run();
          },
          render: createSuggestionRender('Figuren', characterKey),
        }),
      ];
    },
  });

  const storylineTag = StorylineTag.extend({
    addProseMirrorPlugins() {
      return [
        Suggestion<SuggestionItem, SuggestionItem>({
          editor: this.editor,
          pluginKey: storylineKey,
          char: '#',
          items: ({ query }) => filterStorylines(sources.storylines(), query),
          command: ({ editor, range, props }) => {
            editor.chain().focus().insertContentAt(range, [{ type: 'storylineTag', attrs: { id: props.id, slug: props.slug, label: props.label } }, { type: 'text', text: ' ' }]).run();
          },
          render: createSuggestionRender('Handlungsstränge', storylineKey),
        }),
      ];
    },
  });

  const base = [...buildRecapExtensions({ characterMention, storylineTag }, { live: Boolean(live) }), Placeholder.configure({ placeholder: editorPlaceholder })];
  if (!live) return base;
  return [
    ...base,
    Collaboration.configure({ document: live.ydoc, field: bodyField }),
    CollaborationCaret.configure({ provider: live.provider, user: live.user }),
  ];
}
