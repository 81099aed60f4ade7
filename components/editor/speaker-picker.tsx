'use client';

import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useId } from 'react';
import type { EditorCharacter } from './suggestion-items';
import styles from './editor.module.css';

/** Shown while the cursor is in a "Zitat mit Figur": who says it. Outside the toolbar, so arrow keys keep their select meaning. */
export function SpeakerPicker({ editor, characters }: { editor: Editor; characters: EditorCharacter[] }) {
  const id = useId();
  const quote = useEditorState({
    editor,
    selector: ({ editor: current }) =>
      current.isActive('speakerQuote') ? { speakerId: current.getAttributes('speakerQuote').speakerId as number | null } : null,
  });
  if (!quote) return null;
  return (
    <div className={styles.speakerPicker}>
      <label htmlFor={id}>Wer spricht im Zitat?</label>
      <select
        id={id}
        value={quote.speakerId ?? ''}
        disabled={!editor.isEditable}
        onChange={(event) => {
          const character = characters.find((candidate) => candidate.id === Number(event.target.value));
          editor.chain().setQuoteSpeaker(character ? { id: character.id, slug: character.slug, name: character.shortName } : null).run();
        }}
      >
        <option value="">– niemand ausgewählt –</option>
        {characters.map((character) => (
          <option key={character.id} value={character.id}>
            {character.name}
          </option>
        ))}
      </select>
    </div>
  );
}
