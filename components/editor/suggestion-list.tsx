'use client';

import type { SuggestionItem } from './suggestion-items';
import styles from './editor.module.css';

export type SuggestionListProps = {
  listId: string;
  /** German name of the list ("Figuren", "Handlungsstränge"). */
  label: string;
  items: SuggestionItem[];
  activeIndex: number;
  onSelect: (item: SuggestionItem) => void;
};

export const optionId = (listId: string, index: number) => `${listId}-option-${index}`;

/**
 * The "@"/"#" popup. Focus stays in the editor (a combobox pattern): the editor carries
 * aria-activedescendant pointing at the active option, and the keys are handled by the
 * suggestion plugin (see suggestion-render.ts).
 */
export function SuggestionList({ listId, label, items, activeIndex, onSelect }: SuggestionListProps) {
  return (
    <div className={styles.suggestions}>
      <div role="listbox" id={listId} aria-label={label}>
        {items.map((item, index) => (
          <div
            key={item.id}
            id={optionId(listId, index)}
            role="option"
            aria-selected={index === activeIndex}
            className={styles.suggestion}
            // mousedown, not click: the editor must not lose focus and selection first.
            onMouseDown={(event) => {
              event.preventDefault();
              onSelect(item);
            }}
          >
            <span>{item.label}</span>
            {item.detail ? <span className={styles.suggestionDetail}>{item.detail}</span> : null}
          </div>
        ))}
      </div>
      {items.length === 0 ? <p className={styles.suggestionEmpty}>Keine Treffer</p> : null}
      <p role="status" className={styles.visuallyHidden}>
        {items.length === 0 ? 'Keine Treffer' : `${items.length} ${items.length === 1 ? 'Vorschlag' : 'Vorschläge'}, mit Pfeiltasten wählen, Eingabe übernimmt`}
      </p>
    </div>
  );
}
