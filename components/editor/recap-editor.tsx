'use client';

import type { Editor } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useId, useState } from 'react';
import type { RecapDocument } from '@/lib/recaps/document';
import { createEditorExtensions, type LiveBinding } from './editor-extensions';
import { InlinePrompt } from './inline-prompt';
import { isSafeHref } from '@/lib/recaps/document/safe-href';
import { SpeakerPicker } from './speaker-picker';
import type { EditorCharacter, EditorStoryline } from './suggestion-items';
import { parseTimestamp } from '@/lib/recaps/document/timestamp-format';
import { Toolbar, type PromptKind } from './toolbar';
import styles from './editor.module.css';

export type RecapEditorProps = {
  /** The stored document; read once when the editor starts (later changes are ignored). */
  initialContent: RecapDocument | null;
  characters: EditorCharacter[];
  storylines: EditorStoryline[];
  /** Every change, as Tiptap JSON; debouncing and saving are the caller's job. */
  onChange?: (doc: RecapDocument) => void;
  readOnly?: boolean;
  'aria-label'?: string;
  /** Live editing: the content comes from the shared document instead of `initialContent`. */
  live?: LiveBinding;
  /** The editor instance once it exists (comments need the selection). */
  onReady?: (editor: Editor) => void;
};

class LatestProps {
  constructor(
    public characters: EditorCharacter[],
    public storylines: EditorStoryline[],
    public onChange: RecapEditorProps['onChange'],
  ) {}

  update(characters: EditorCharacter[], storylines: EditorStoryline[], onChange: RecapEditorProps['onChange']): void {
    this.characters = characters;
    this.storylines = storylines;
    this.onChange = onChange;
  }
}

/** The studio's recap editor. Client-only; public pages render with components/recap/recap-body.tsx. */
export function RecapEditor({ initialContent, characters, storylines, onChange, readOnly = false, 'aria-label': ariaLabel = 'Recap-Text', live, onReady }: RecapEditorProps) {
  const contentId = useId();
  const [prompt, setPrompt] = useState<PromptKind | null>(null);
  // The editor and its extensions are built once; this holder lets them see the latest props.
  const [sources] = useState(() => new LatestProps(characters, storylines, onChange));
  useEffect(() => sources.update(characters, storylines, onChange), [sources, characters, storylines, onChange]);
  const [extensions] = useState(() => createEditorExtensions({ characters: () => sources.characters, storylines: () => sources.storylines }, live));

  const editor = useEditor({
    extensions,
    content: live ? undefined : (initialContent ?? undefined),
    editable: !readOnly,
    // Rendering on the server would mismatch the client; the editor appears after hydration.
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { id: contentId, role: 'textbox', 'aria-multiline': 'true', 'aria-label': ariaLabel, class: styles.content ?? '' },
      handleKeyDown: (_view, event) => {
        if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'k') {
          event.preventDefault();
          setPrompt('link');
          return true;
        }
        return false;
      },
    },
    onUpdate: ({ editor: current }) => sources.onChange?.(current.getJSON() as RecapDocument),
  });

  useEffect(() => {
    editor?.setEditable(!readOnly);
  }, [editor, readOnly]);

  useEffect(() => {
    if (editor) onReady?.(editor);
  }, [editor, onReady]);

  if (!editor) return <div className={styles.loading}>Editor wird geladen …</div>;

  const closePrompt = () => {
    setPrompt(null);
    editor.commands.focus();
  };

  return (
    <div className={styles.editor} data-readonly={readOnly || undefined}>
      {readOnly ? null : <Toolbar editor={editor} controls={contentId} onPrompt={setPrompt} />}
      {prompt === 'link' ? <LinkPrompt editor={editor} onDone={closePrompt} /> : null}
      {prompt === 'timestamp' ? <TimestampPrompt editor={editor} onDone={closePrompt} /> : null}
      {readOnly ? null : <SpeakerPicker editor={editor} characters={characters} />}
      <EditorContent editor={editor} />
    </div>
  );
}

function LinkPrompt({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const current = editor.getAttributes('link').href;
  return (
    <InlinePrompt
      label="Link-Adresse"
      hint="Mit https://, http:// oder mailto:. Leer lassen entfernt den Link."
      initialValue={typeof current === 'string' ? current : 'https://'}
      submitLabel="Übernehmen"
      onCancel={onDone}
      onSubmit={(href) => {
        const chain = editor.chain().focus().extendMarkRange('link');
        if (!href || href === 'https://') {
          chain.unsetLink().run();
        } else if (!isSafeHref(href)) {
          return 'Nur vollständige Adressen mit https://, http:// oder mailto: sind erlaubt.';
        } else if (editor.state.selection.empty && !editor.isActive('link')) {
          chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
        } else {
          chain.setLink({ href }).run();
        }
        onDone();
        return null;
      }}
    />
  );
}

function TimestampPrompt({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  return (
    <InlinePrompt
      label="Zeitmarke"
      hint="Minuten:Sekunden (12:34) oder Stunden:Minuten:Sekunden (1:02:03). Tipp: [12:34] im Text wird automatisch zur Zeitmarke."
      initialValue=""
      submitLabel="Einfügen"
      onCancel={onDone}
      onSubmit={(value) => {
        const seconds = parseTimestamp(value);
        if (seconds === null) return 'Bitte eine Zeit wie 12:34 oder 1:02:03 angeben.';
        editor.chain().focus().insertTimestamp(seconds).run();
        onDone();
        return null;
      }}
    />
  );
}
