'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field, FormError } from '@/components/ui/field';
import { createInvitation } from '@/lib/invitations/actions';
import { createInvitation as schema, type CreateInvitationInput } from '@/lib/invitations/schema';
import { type EpisodeChoice, EpisodePicker } from './episode-picker';

export function InviteForm({ episodes }: { episodes: EpisodeChoice[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ link: string; mailed: boolean } | null>(null);
  const form = useForm<CreateInvitationInput>({ resolver: zodResolver(schema), defaultValues: { email: '', episodeIds: [] } });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await createInvitation(values);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setCreated({ link: result.data.link, mailed: result.data.mailed });
    form.reset();
    router.refresh();
  });

  return (
    <form onSubmit={submit} noValidate className="stack invite-form" aria-labelledby="invite-title">
      <h2 id="invite-title" className="section__title">
        Gast einladen
      </h2>
      <FormError message={error} />
      <Field label="E-Mail des Gasts" type="email" error={errors.email?.message} {...form.register('email')} />
      <EpisodePicker episodes={episodes} legend="Für welche Folgen?" register={form.register('episodeIds')} />
      {errors.episodeIds?.message ? (
        <p className="field__error" role="alert">
          {errors.episodeIds.message}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? 'Wird erstellt …' : 'Einladungslink erstellen'}
      </button>
      {created ? (
        <div className="notice" role="status">
          <p>
            Einladung erstellt{created.mailed ? ' und per E-Mail verschickt' : ''}. Der Link ist 7 Tage gültig und nur einmal
            benutzbar; er wird nur jetzt angezeigt:
          </p>
          <input className="copy-field" readOnly value={created.link} aria-label="Einladungslink" onFocus={(event) => event.currentTarget.select()} />
        </div>
      ) : null}
    </form>
  );
}
