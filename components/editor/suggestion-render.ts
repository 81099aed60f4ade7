import { ReactRenderer } from '@tiptap/react';
import { exitSuggestion, type SuggestionKeyDownProps, type SuggestionOptions, type SuggestionProps } from '@tiptap/suggestion';
import type { PluginKey } from '@tiptap/pm/state';
import type { SuggestionItem } from './suggestion-items';
import { optionId, SuggestionList, type SuggestionListProps } from './suggestion-list';
import styles from './editor.module.css';

let listCounter = 0;
const comboboxAttributes = ['aria-controls', 'aria-expanded', 'aria-activedescendant', 'aria-autocomplete'] as const;

/**
 * Glue between @tiptap/suggestion and the React list: keeps the active index outside React
 * so the plugin's key handler can move it, and mirrors it onto the editor element.
 */
export function createSuggestionRender(label: string, pluginKey: PluginKey): SuggestionOptions<SuggestionItem, SuggestionItem>['render'] {
  return () => {
    let renderer: ReactRenderer<unknown, SuggestionListProps> | null = null;
    let unmount: (() => void) | null = null;
    let current: SuggestionProps<SuggestionItem, SuggestionItem> | null = null;
    let activeIndex = 0;
    listCounter += 1;
    const listId = `recap-suggestions-${listCounter}`;

    const sync = () => {
      if (!renderer || !current) return;
      const props = current;
      renderer.updateProps({ listId, label, items: props.items, activeIndex, onSelect: (item: SuggestionItem) => props.command(item) });
      const dom = props.editor.view.dom;
      dom.setAttribute('aria-controls', listId);
      dom.setAttribute('aria-expanded', 'true');
      dom.setAttribute('aria-autocomplete', 'list');
      if (props.items.length > 0) dom.setAttribute('aria-activedescendant', optionId(listId, activeIndex));
      else dom.removeAttribute('aria-activedescendant');
    };

    return {
      onStart: (props) => {
        current = props;
        activeIndex = 0;
        renderer = new ReactRenderer(SuggestionList, {
          editor: props.editor,
          className: styles.suggestionPopup,
          props: { listId, label, items: props.items, activeIndex, onSelect: (item: SuggestionItem) => props.command(item) },
        });
        unmount = props.mount(renderer.element);
        sync();
      },
      onUpdate: (props) => {
        if (current && props.query !== current.query) activeIndex = 0;
        current = props;
        activeIndex = Math.min(activeIndex, Math.max(0, props.items.length - 1));
        sync();
      },
      onKeyDown: ({ event, view }: SuggestionKeyDownProps) => {
        const items = current?.items ?? [];
        if (event.key === 'Escape') {
          exitSuggestion(view, pluginKey);
          return true;
        }
        if (items.length === 0) return false;
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          activeIndex = (activeIndex + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
          sync();
          return true;
        }
        if (event.key === 'Enter' || event.key === 'Tab') {
          const item = items[activeIndex];
          if (item && current) current.command(item);
          return true;
        }
        return false;
      },
      onExit: (props) => {
        unmount?.();
        renderer?.destroy();
        renderer = null;
        current = null;
        for (const name of comboboxAttributes) props.editor.view.dom.removeAttribute(name);
      },
    };
  };
}
