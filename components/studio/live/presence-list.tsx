'use client';

import type { HocuspocusProvider } from '@hocuspocus/provider';
import { useEffect, useState } from 'react';

/** What each editor announces about themselves in the shared document. */
export type Presence = { name: string; color: string; mode: 'write' | 'read' };

type Person = Presence & { clientId: number; self: boolean };

function isPresence(value: unknown): value is Presence {
  const candidate = value as Partial<Presence> | null;
  return typeof candidate?.name === 'string' && typeof candidate.color === 'string' && (candidate.mode === 'write' || candidate.mode === 'read');
}

function peopleOf(provider: HocuspocusProvider): Person[] {
  const awareness = provider.awareness;
  if (!awareness) return [];
  const people: Person[] = [];
  awareness.getStates().forEach((state, clientId) => {
    const presence = (state as { presence?: unknown }).presence;
    if (isPresence(presence)) people.push({ ...presence, clientId, self: clientId === awareness.clientID });
  });
  // Oneself first, then writers, then readers, each by name.
  return people.sort((a, b) => Number(b.self) - Number(a.self) || a.mode.localeCompare(b.mode) * -1 || a.name.localeCompare(b.name, 'de'));
}

/** Who is in the document right now, and who of them is only reading. */
export function PresenceList({ provider }: { provider: HocuspocusProvider }) {
  const [people, setPeople] = useState<Person[]>(() => peopleOf(provider));
  useEffect(() => {
    const update = () => setPeople(peopleOf(provider));
    provider.awareness?.on('change', update);
    update();
    return () => provider.awareness?.off('change', update);
  }, [provider]);

  return (
    <section className="presence" aria-label="Im Dokument">
      <h2 className="presence__title">Im Dokument</h2>
      <ul className="presence__list">
        {people.map((person) => (
          <li key={person.clientId} className="presence__person" data-mode={person.mode}>
            <span className="presence__dot" style={{ background: person.color }} aria-hidden="true" />
            <span className="presence__name">{person.self ? `${person.name} (du)` : person.name}</span>
            <span className="presence__mode">{person.mode === 'write' ? 'schreibt mit' : 'liest nur'}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
