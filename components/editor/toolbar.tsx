'use client';

import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { toolbarActions, toolbarState } from './toolbar-actions';
import styles from './editor.module.css';

export type PromptKind = 'link' | 'timestamp';

type Props = {
  editor: Editor;
  /** Id of the editable area, for aria-controls. */
  controls: string;
  onPrompt: (kind: PromptKind) => void;
};

/**
 * The formatting toolbar (WAI-ARIA toolbar pattern): one tab stop, arrow keys, Home and End
 * move between buttons; toggles expose aria-pressed; unavailable buttons stay focusable
 * with aria-disabled so keyboard users still find them.
 */
export function Toolbar({ editor, controls, onPrompt }: Props) {
  const state = useEditorState({ editor, selector: ({ editor: current }) => toolbarState(current) });
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const move = (index: number) => {
    const count = toolbarActions.length;
    const next = (index + count) % count;
    setFocusIndex(next);
    buttons.current[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => move(focusIndex + 1),
      ArrowLeft: () => move(focusIndex - 1),
      Home: () => move(0),
      End: () => move(toolbarActions.length - 1),
    };
    const handler = keys[event.key];
    if (handler) {
      event.preventDefault();
      handler();
    }
  };

  return (
    <div role="toolbar" aria-label="Formatierung" aria-controls={controls} className={styles.toolbar} onKeyDown={onKeyDown}>
      {toolbarActions.map((action, index) => {
        const enabled = state[`${action.id}:enabled`] ?? false;
        const pressed = action.isActive ? (state[`${action.id}:active`] ?? false) : undefined;
        return (
          <button
            key={action.id}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            className={`${styles.toolButton}${action.groupStart ? ` ${styles.groupStart}` : ''}`}
            data-action={action.id}
            tabIndex={index === focusIndex ? 0 : -1}
            aria-label={action.label}
            aria-pressed={pressed}
            aria-disabled={enabled ? undefined : true}
            aria-keyshortcuts={action.shortcut?.aria}
            title={action.shortcut ? `${action.label} (${action.shortcut.text})` : action.label}
            onFocus={() => setFocusIndex(index)}
            // Keep the editor's selection when the button is pressed with the mouse.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              if (!enabled) return;
              if (action.id === 'link' || action.id === 'timestamp') onPrompt(action.id);
              else action.run(editor);
            }}
          >
            <span aria-hidden="true">{action.glyph}</span>
          </button>
        );
      })}
    </div>
  );
}
