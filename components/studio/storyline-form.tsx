'use client';

import { Field, FormError, TextAreaField } from '@/components/ui/field';
import { createStoryline, updateStoryline } from '@/lib/storylines/actions';
import { createStoryline as schema, type CreateStorylineInput } from '@/lib/storylines/schema';
import { SavedNotice, useCatalogForm } from './catalog-form';

type Props = {
  characters: { id: number; name: string }[];
  /** Without a storyline the form creates one. */
  storyline?: { id: number; title: string; description: string | null; characterIds: number[] };
};

const empty: CreateStorylineInput = { title: '', description: '', characterIds: [] };

export function StorylineForm({ characters, storyline }: Props) {
  // Checkbox values are strings in the DOM; the schema coerces them to ids.
  const { form, error, saved, submit } = useCatalogForm({
    schema,
    empty,
    initial: storyline ? { title: storyline.title, description: storyline.description ?? '', characterIds: storyline.characterIds.map(String) } : null,
    save: (values) => (storyline ? updateStoryline({ storylineId: storyline.id, ...values }) : createStoryline(values)),
    savedMessage: (values) => (storyline ? 'Gespeichert.' : `„${values.title}“ angelegt.`),
  });
  const { errors, isSubmitting } = form.formState;
  const prefix = storyline ? `storyline-${storyline.id}` : 'storyline-new';

  return (
    <form onSubmit={submit} noValidate className="stack catalog-form">
      <FormError message={error} />
      <Field id={`${prefix}-title`} label="Titel" error={errors.title?.message} {...form.register('title')} />
      <TextAreaField id={`${prefix}-description`} label="Beschreibung" error={errors.description?.message} {...form.register('description')} />
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
      <SavedNotice message={saved} />
    </form>
  );
}
