'use client';

import { Field, FormError, TextAreaField } from '@/components/ui/field';
import { createCharacter, updateCharacter } from '@/lib/characters/actions';
import { type CharacterFormValues, characterKindLabels, createCharacter as schema, type CreateCharacterInput } from '@/lib/characters/schema';
import { SavedNotice, useCatalogForm } from './catalog-form';

type Props = {
  /** Without a character the form creates one. */
  character?: { id: number; name: string; shortName: string; aliases: string[]; description: string | null; kind: CharacterFormValues['kind'] };
};

const empty: CreateCharacterInput = { name: '', shortName: '', aliases: '', description: '', kind: 'RECURRING' };

export function CharacterForm({ character }: Props) {
  const { form, error, saved, submit } = useCatalogForm({
    schema,
    empty,
    initial: character ? { ...character, aliases: character.aliases.join(', '), description: character.description ?? '' } : null,
    save: (values) => (character ? updateCharacter({ characterId: character.id, ...values }) : createCharacter(values)),
    savedMessage: (values) => (character ? 'Gespeichert.' : `„${values.name}“ angelegt.`),
  });
  const { errors, isSubmitting } = form.formState;
  const prefix = character ? `character-${character.id}` : 'character-new';

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
      <TextAreaField id={`${prefix}-description`} label="Beschreibung" error={errors.description?.message} {...form.register('description')} />
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? 'Wird gespeichert …' : character ? 'Figur speichern' : 'Figur anlegen'}
      </button>
      <SavedNotice message={saved} />
    </form>
  );
}
