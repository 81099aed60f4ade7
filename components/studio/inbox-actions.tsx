'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { FormError } from '@/components/ui/field';
import { assignInboxRecap, deleteInboxRecap } from '@/lib/inbox/actions';
import { assignInboxRecap as schema, type AssignInboxRecapInput } from '@/lib/inbox/schema';
import { episodeCode } from '@/lib/text/slug';
import type { EpisodeChoice } from './episode-picker';

type Props = { recapId: number; episodes: EpisodeChoice[] };

/** Assign an inbox recap to a free episode, or throw it away after asking. */
export function InboxActions({ recapId, episodes }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [deleting, startDelete] = useTransition();
  const form = useForm<AssignInboxRecapInput>({ resolver: zodResolver(schema), defaultValues: { recapId, episodeId: '' } });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await assignInboxRecap(values);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    router.push(`/studio/folgen/${result.data.episodeId}`);
  });

  const remove = () => {
    if (!window.confirm('Dieses Recap endgültig löschen? Das lässt sich nicht rückgängig machen.')) return;
    setError(null);
    startDelete(async () => {
      const result = await deleteInboxRecap({ recapId });
      if (!result.ok) setError(result.error);
      else router.push('/studio');
    });
  };

  return (
    <div className="stack inbox-actions">
      <FormError message={error} />
      <form onSubmit={submit} noValidate className="stack" aria-labelledby="assign-title">
        <h2 id="assign-title" className="section__title">
          Einer Folge zuordnen
        </h2>
        {episodes.length === 0 ? (
          <p className="muted">Alle Folgen haben schon ein Recap.</p>
        ) : (
          <>
            <div className="field">
              <label htmlFor="inbox-episode">Folge ohne Recap</label>
              <select id="inbox-episode" aria-invalid={errors.episodeId ? true : undefined} {...form.register('episodeId')}>
                <option value="">Bitte wählen …</option>
                {episodes.map((episode) => (
                  <option key={episode.id} value={episode.id}>
                    {episodeCode(episode.season.number, episode.number)} {episode.title}
                  </option>
                ))}
              </select>
              {errors.episodeId?.message ? (
                <p className="field__error" role="alert">
                  {errors.episodeId.message}
                </p>
              ) : null}
            </div>
            <button type="submit" className="button" disabled={isSubmitting}>
              {isSubmitting ? 'Wird zugeordnet …' : 'Zuordnen'}
            </button>
          </>
        )}
      </form>
      <div>
        <button type="button" className="small-button small-button--danger" disabled={deleting} onClick={remove}>
          Recap löschen
        </button>
      </div>
    </div>
  );
}
