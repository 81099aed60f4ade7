'use client';

import { useEffect, useId, useState } from 'react';
import { episodeCode } from '@/lib/text/slug';
import { horizonStorageKey, parseHorizon, spoilerKey } from './horizon';

type Season = { number: number; episodeCount: number };
type Horizon = { season: number; number: number } | null;

declare global {
  interface Window {
    rewatchHorizon?: { apply: (key: number) => void };
  }
}

function markHidden(horizon: Horizon) {
  // Blurred content is also taken out of the keyboard and screen-reader order until revealed.
  const limit = horizon ? spoilerKey(horizon.season, horizon.number) : Infinity;
  document.querySelectorAll<HTMLElement>('[data-spoiler]').forEach((element) => {
    const hidden = Number(element.dataset.spoiler) > limit && !element.classList.contains('is-revealed');
    element.querySelector<HTMLElement>(':scope > .spoiler__content')?.toggleAttribute('inert', hidden);
  });
}

/** "Gesehen bis S3E7": set once, kept in this browser, changed or cleared here. */
export function SpoilerControl({ seasons }: { seasons: Season[] }) {
  const id = useId();
  const [horizon, setHorizon] = useState<Horizon>(null);
  const [season, setSeason] = useState(seasons[0]?.number ?? 1);
  const [number, setNumber] = useState(1);

  useEffect(() => {
    let stored: Horizon = null;
    try {
      stored = parseHorizon(localStorage.getItem(horizonStorageKey));
    } catch {
      stored = null;
    }
    // Reading localStorage can only happen after hydration; the head script already applied it.
    /* eslint-disable react-hooks/set-state-in-effect */
    setHorizon(stored);
    if (stored) {
      setSeason(stored.season);
      setNumber(stored.number);
    }
    /* eslint-enable react-hooks/set-state-in-effect */
    markHidden(stored);
    const reveal = (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest('[data-spoiler-reveal]');
      const spoiler = button?.closest<HTMLElement>('[data-spoiler]');
      if (!spoiler) return;
      spoiler.classList.add('is-revealed');
      const content = spoiler.querySelector<HTMLElement>(':scope > .spoiler__content');
      content?.removeAttribute('inert');
      content?.querySelector<HTMLElement>('a, button, [tabindex]')?.focus();
    };
    document.addEventListener('click', reveal);
    return () => document.removeEventListener('click', reveal);
  }, []);

  const save = (next: Horizon) => {
    try {
      if (next) localStorage.setItem(horizonStorageKey, String(spoilerKey(next.season, next.number)));
      else localStorage.removeItem(horizonStorageKey);
    } catch {
      // Private mode without storage: the setting still applies to this page.
    }
    document.querySelectorAll('.is-revealed').forEach((element) => element.classList.remove('is-revealed'));
    window.rewatchHorizon?.apply(next ? spoilerKey(next.season, next.number) : 0);
    markHidden(next);
    setHorizon(next);
  };

  const episodeCount = seasons.find((entry) => entry.number === season)?.episodeCount ?? 1;
  return (
    <details className="spoiler-control">
      <summary>
        <span className="spoiler-control__label">Spoilerschutz:</span>{' '}
        <span data-testid="horizon-state">{horizon ? `gesehen bis ${episodeCode(horizon.season, horizon.number)}` : 'aus'}</span>
      </summary>
      <form
        className="spoiler-control__form"
        onSubmit={(event) => {
          event.preventDefault();
          save({ season, number: Math.min(number, episodeCount) });
        }}
      >
        <p className="spoiler-control__hint">Was nach dieser Folge passiert, wird verschwommen gezeigt, bis du es aufdeckst.</p>
        <div className="spoiler-control__fields">
          <label htmlFor={`${id}-season`}>Staffel</label>
          <select id={`${id}-season`} value={season} onChange={(event) => setSeason(Number(event.target.value))}>
            {seasons.map((entry) => (
              <option key={entry.number} value={entry.number}>
                {entry.number}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-episode`}>Folge</label>
          <select id={`${id}-episode`} value={Math.min(number, episodeCount)} onChange={(event) => setNumber(Number(event.target.value))}>
            {Array.from({ length: episodeCount }, (_, index) => index + 1).map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        <div className="spoiler-control__actions">
          <button type="submit" className="button button--small">
            Gesehen bis hier
          </button>
          {horizon ? (
            <button type="button" className="button button--quiet button--small" onClick={() => save(null)}>
              Zurücksetzen
            </button>
          ) : null}
        </div>
      </form>
    </details>
  );
}
