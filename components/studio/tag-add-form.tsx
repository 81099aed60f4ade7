'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState, useTransition } from 'react';
import { addTag } from '@/lib/tags/actions';
import { tagRef } from '@/lib/tags/schema';

type Props = {
  episodeId: number;
  characters: { id: number; name: string }[];
  storylines: { id: number; title: string }[];
};

/** One select over characters and storylines; the value carries the kind ("character:12"). */
export function TagAddForm({ episodeId, characters, storylines }: Props) {
  const router = useRouter();
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const [kind, tagId] = choice.split(':');
    const parsed = tagRef.safeParse({ episodeId, kind, tagId: tagId ?? '' });
    if (!parsed.success) {
      setError('Bitte wähle eine Figur oder einen Handlungsstrang.');
      return;
    }
    setError(null);
    startTransition(async () => {
      const result = await addTag(parsed.data);
      if (!result.ok) setError(result.error);
      else {
        setChoice('');
        router.refresh();
      }
    });
  };

  return (
    <form className="tag-add" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor="tag-add">Schlagwort hinzufügen</label>
        <select id="tag-add" value={choice} onChange={(event) => setChoice(event.target.value)} aria-invalid={error ? true : undefined}>
          <option value="">Bitte wählen …</option>
          <optgroup label="Figuren">
            {characters.map((character) => (
              <option key={character.id} value={`character:${character.id}`}>
                {character.name}
              </option>
            ))}
          </optgroup>
          <optgroup label="Handlungsstränge">
            {storylines.map((storyline) => (
              <option key={storyline.id} value={`storyline:${storyline.id}`}>
                #{storyline.title}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <button type="submit" className="small-button" disabled={pending}>
        Hinzufügen
      </button>
      {error ? (
        <p role="alert" className="field__error">
          {error}
        </p>
      ) : null}
    </form>
  );
}
