'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import type { Segment } from '@/lib/search/highlight';
import { episodeCode } from '@/lib/text/slug';
import { paths } from '@/lib/seo/paths';

export type Suggestion = { slug: string; season: number; number: number; title: Segment[]; snippet: Segment[] };

function Marked({ segments }: { segments: Segment[] }) {
  return <>{segments.map((segment, index) => (segment.hit ? <mark key={index}>{segment.text}</mark> : segment.text))}</>;
}

/**
 * The search box in every page header: a plain GET form to /suche (works without
 * JavaScript) that also shows the first hits while typing, as an ARIA combobox.
 */
export function SearchBox({ defaultValue = '' }: { defaultValue?: string }) {
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState(defaultValue);
  const [hits, setHits] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const controller = useRef<AbortController | null>(null);
  const router = useRouter();

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      controller.current?.abort();
      return;
    }
    const timer = setTimeout(() => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      fetch(`/suche/vorschlaege?q=${encodeURIComponent(q)}`, { signal: current.signal })
        .then((response) => (response.ok ? (response.json() as Promise<{ hits: Suggestion[] }>) : { hits: [] }))
        .then((data) => {
          setHits(data.hits);
          setActive(-1);
          setOpen(true);
        })
        .catch(() => undefined);
    }, 180);
    return () => clearTimeout(timer);
  }, [query]);

  const visible = open && query.trim().length >= 2;
  const go = (hit: Suggestion) => {
    setOpen(false);
    router.push(paths.episode(hit.slug));
  };

  return (
    <form action="/suche" method="get" role="search" className="search-box" onSubmit={() => setOpen(false)}>
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
        aria-expanded={visible}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={visible && active >= 0 ? `${listId}-${active}` : undefined}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => hits.length && setOpen(true)}
        onKeyDown={(event) => {
          if (!visible || hits.length === 0) return;
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setActive((current) => (current + step + hits.length) % hits.length);
          } else if (event.key === 'Escape') {
            setOpen(false);
          } else if (event.key === 'Enter' && active >= 0) {
            const hit = hits[active];
            if (hit) {
              event.preventDefault();
              go(hit);
            }
          }
        }}
      />
      <button type="submit" className="search-box__submit">
        Suchen
      </button>
      <div className="search-box__popup" hidden={!visible}>
        <ul id={listId} role="listbox" aria-label="Treffer" className="search-box__list">
          {hits.map((hit, index) => (
            <li
              key={hit.slug}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className="search-box__option"
              data-spoiler={hit.season * 100 + hit.number}
              onMouseDown={(event) => {
                event.preventDefault();
                go(hit);
              }}
            >
              <span className="episode-code">{episodeCode(hit.season, hit.number)}</span>{' '}
              <span className="search-box__title spoiler__content">
                <Marked segments={hit.title} />
              </span>
            </li>
          ))}
        </ul>
        <p className="search-box__more" aria-live="polite">
          {hits.length === 0 ? 'Keine Treffer.' : 'Enter zeigt alle Treffer mit Textstellen.'}
        </p>
      </div>
    </form>
  );
}
