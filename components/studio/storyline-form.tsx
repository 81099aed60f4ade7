'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field, FormError } from '@/components/ui/field';
import { createStoryline, updateStoryline } from '@/lib/storylines/actions';
import { createStoryline as schema, type CreateStorylineInput, type StorylineFormValues } from '@/lib/storylines/schema';

type Props = {
  characters: { id: number; name: string }[];
  /** Without a storyline the form creates one. */
  storyline?: { id: number; title: string; description: string | null; characterIds: number[] };
};

const empty: CreateStorylineInput = { title: '', description: '', characterIds: [] };

export function StorylineForm({ characters, storyline }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  // Checkbox values are strings in the DOM; the schema coerces them to ids.
  const form = useForm<CreateStorylineInput, unknown, StorylineFormValues>({
    resolver: zodResolver(schema),
    defaultValues: storyline
      ? { title: storyline.title, description: storyline.description ?? '', characterIds: storyline.characterIds.map(String) }
      : empty,
  });
  const { errors, isSubmitting } = form.formState;
  const prefix = storyline ? `storyline-${storyline.id}` : 'storyline-new';

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    setSaved(null);
    const result = storyline ? await updateStoryline({ storylineId: storyline.id, ...values }) : await createStoryline(values);
    if (!result.ok) {
      setError(result.error);
      const titleError = result.fieldErrors?.title?.[0];
      if (titleError) form.setError('title', { message: titleError });
      return;
    }
    setSaved(storyline ? 'Gespeichert.' : `„${values.title}“ angelegt.`);
    if (!storyline) form.reset(empty);
    router.refresh();
  });

  return (
    <form onSubmit={submit} noValidate className="stack catalog-form">
      <FormError message={error} />
      <Field id={`${prefix}-title`} label="Titel" error={errors.title?.message} {...form.register('title')} />
      <div className="field">
        <label htmlFor={`${prefix}-description`}>Beschreibung</label>
        <textarea id={`${prefix}-description`} rows={3} aria-invalid={errors.description ? true : undefined} {...form.register('description')} />
        {errors.description?.message ? (
          <p className="field__error" role="alert">
            {errors.description.message}
          </p>
        ) : null}
      </div>
      <fieldset className="character-picker">
        <legend>Figuren</legend>
        <ul>
          {characters.map((character) => (
            <li key={character.id}>
              <label>
                <input type="checkbox" value={String(character.id)} {...form.register('characterIds')} /> {character.name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {errors.characterIds?.message ? (
        <p className="field__error" role="alert">
          {errors.characterIds.message}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? 'Wird gespeichert …' : storyline ? 'Handlungsstrang speichern' : 'Handlungsstrang anlegen'}
      </button>
      {saved ? (
        <p className="notice" role="status">
          {saved}
        </p>
      ) : null}
    </form>
  );
}
