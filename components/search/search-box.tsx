import type { Segment } from '@/lib/search/highlight';

export type Suggestion = { slug: string; season: number; number: number; title: Segment[]; snippet: Segment[] };

/**
 * The search box in every page header: a plain GET form to /suche that works without
 * JavaScript. The public script (components/site/public-script.ts) shows the first hits
 * while typing, as an ARIA combobox, from /suche/vorschlaege.
 */
export function SearchBox({ id = 'suchfeld', defaultValue = '' }: { id?: string; defaultValue?: string }) {
  const listId = `${id}-list`;
  return (
    <form action="/suche" method="get" role="search" className="search-box" data-search-box="">
      <label htmlFor={`${id}-q`} className="visually-hidden">
        Recaps durchsuchen
      </label>
      <input
        id={`${id}-q`}
        name="q"
        type="search"
        className="search-box__input"
        placeholder="Suchen: Hochzeit, Aidan, Vogue …"
        autoComplete="off"
        maxLength={200}
        role="combobox"
        aria-expanded="false"
        aria-controls={listId}
        aria-autocomplete="list"
        defaultValue={defaultValue}
      />
      <button type="submit" className="search-box__submit">
        Suchen
      </button>
      <div className="search-box__popup" hidden>
        <ul id={listId} role="listbox" aria-label="Treffer" className="search-box__list" />
        <p className="search-box__more" aria-live="polite" />
      </div>
    </form>
  );
}
