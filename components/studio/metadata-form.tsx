'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field, FormError } from '@/components/ui/field';
import { updateEpisodeMetadata } from '@/lib/episodes/actions';
import { type EpisodeMetadataInput, updateEpisodeMetadata as schema } from '@/lib/episodes/schema';

type Props = {
  initial: EpisodeMetadataInput;
  /** Guests may edit everything but the slug (the public address). */
  canEditSlug: boolean;
  hasRecap: boolean;
};

const fields = ['title', 'slug', 'excerpt', 'recordedAt', 'audioUrl', 'podcastEpisodeNumber'] as const;

export function MetadataForm({ initial, canEditSlug, hasRecap }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<EpisodeMetadataInput>({ resolver: zodResolver(schema), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    setSaved(false);
    const result = await updateEpisodeMetadata(values);
    if (!result.ok) {
      setError(result.error);
      for (const field of fields) {
        const message = result.fieldErrors?.[field]?.[0];
        if (message) form.setError(field, { message });
      }
      return;
    }
    setSaved(true);
    router.refresh();
  });

  return (
    <section className="section" aria-labelledby="metadata-title">
      <h2 id="metadata-title" className="section__title">
        Folgendaten
      </h2>
      <form onSubmit={submit} noValidate className="stack metadata-form">
        <FormError message={error} />
        <Field id="meta-title" label="Titel der Folge" error={errors.title?.message} {...form.register('title')} />
        <Field
          id="meta-slug"
          label="Adresse (Slug)"
          readOnly={!canEditSlug}
          hint={canEditSlug ? 'Leer lassen: wird aus Folgennummer und Titel gebildet.' : 'Die Adresse können nur Hosts ändern.'}
          error={errors.slug?.message}
          {...form.register('slug')}
        />
        <div className="field">
          <label htmlFor="meta-excerpt">Anriss</label>
          <textarea
            id="meta-excerpt"
            rows={3}
            disabled={!hasRecap}
            aria-describedby="meta-excerpt-hint"
            aria-invalid={errors.excerpt ? true : undefined}
            {...form.register('excerpt')}
          />
          <p id="meta-excerpt-hint" className="field__hint">
            {hasRecap ? 'Erscheint in Listen und Feeds. Leer lassen: bleibt wie aus dem Text erzeugt.' : 'Gibt es, sobald ein Recap geschrieben ist.'}
          </p>
          {errors.excerpt?.message ? (
            <p className="field__error" role="alert">
              {errors.excerpt.message}
            </p>
          ) : null}
        </div>
        <div className="metadata-form__grid">
          <Field id="meta-recorded" label="Aufnahmedatum" type="date" error={errors.recordedAt?.message} {...form.register('recordedAt')} />
          <Field
            id="meta-number"
            label="Podcast-Folge Nr."
            inputMode="numeric"
            error={errors.podcastEpisodeNumber?.message}
            {...form.register('podcastEpisodeNumber')}
          />
        </div>
        <Field id="meta-audio" label="Audio-Adresse" type="url" placeholder="https://…" error={errors.audioUrl?.message} {...form.register('audioUrl')} />
        <div>
          <button type="submit" className="button" disabled={isSubmitting}>
            {isSubmitting ? 'Wird gespeichert …' : 'Folgendaten speichern'}
          </button>
        </div>
        {saved ? (
          <p className="notice" role="status">
            Folgendaten gespeichert.
          </p>
        ) : null}
      </form>
    </section>
  );
}
