'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field, FormError } from '@/components/ui/field';
import { createCharacter, updateCharacter } from '@/lib/characters/actions';
import { type CharacterFormValues, characterKindLabels, createCharacter as schema, type CreateCharacterInput } from '@/lib/characters/schema';

type Props = {
  /** Without a character the form creates one. */
  character?: { id: number; name: string; shortName: string; aliases: string[]; description: string | null; kind: CharacterFormValues['kind'] };
};

const empty: CreateCharacterInput = { name: '', shortName: '', aliases: '', description: '', kind: 'RECURRING' };

export function CharacterForm({ character }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<CreateCharacterInput, unknown, CharacterFormValues>({
    resolver: zodResolver(schema),
    defaultValues: character
      ? { ...character, aliases: character.aliases.join(', '), description: character.description ?? '' }
      : empty,
  });
  const { errors, isSubmitting } = form.formState;
  const prefix = character ? `character-${character.id}` : 'character-new';

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    setSaved(null);
    const result = character ? await updateCharacter({ characterId: character.id, ...values }) : await createCharacter(values);
    if (!result.ok) {
      setError(result.error);
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (field in empty && messages?.[0]) form.setError(field as keyof CreateCharacterInput, { message: messages[0] });
      }
      return;
    }
    setSaved(character ? 'Gespeichert.' : `„${values.name}“ angelegt.`);
    if (!character) form.reset(empty);
    router.refresh();
  });

  return (
    <form onSubmit={submit} noValidate className="stack catalog-form">
      <FormError message={error} />
      <Field id={`${prefix}-name`} label="Name" error={errors.name?.message} {...form.register('name')} />
      <Field id={`${prefix}-short`} label="Kurzname" hint="So erscheint die Figur in Listen und Erwähnungen." error={errors.shortName?.message} {...form.register('shortName')} />
      <Field
        id={`${prefix}-aliases`}
        label="Aliasse"
        hint="Durch Kommas getrennt, z. B. „Mr. Big, John“. Der Import erkennt die Figur auch daran."
        error={errors.aliases?.message}
        {...form.register('aliases')}
      />
      <div className="field">
        <label htmlFor={`${prefix}-kind`}>Art</label>
        <select id={`${prefix}-kind`} {...form.register('kind')}>
          {Object.entries(characterKindLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-description`}>Beschreibung</label>
        <textarea id={`${prefix}-description`} rows={3} aria-invalid={errors.description ? true : undefined} {...form.register('description')} />
        {errors.description?.message ? (
          <p className="field__error" role="alert">
            {errors.description.message}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? 'Wird gespeichert …' : character ? 'Figur speichern' : 'Figur anlegen'}
      </button>
      {saved ? (
        <p className="notice" role="status">
          {saved}
        </p>
      ) : null}
    </form>
  );
}
