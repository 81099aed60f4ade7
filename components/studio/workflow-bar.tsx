'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { publishRecap, submitRecapForReview, unpublishRecap } from '@/lib/recaps/actions';
import type { StudioStatus } from '@/lib/recaps/studio-queries';
import { FormError } from '@/components/ui/field';
import { useAllows } from './viewer';

type Props = {
  episodeId: number;
  status: StudioStatus;
  previewHref: string | null;
  /** Status changes create a new version; the editor continues from it. */
  onVersion: (version: number) => void;
  /** Live editing: the text typed last must be stored before it is submitted or published. */
  beforeChange?: () => Promise<void>;
};

/** Draft → in review → published (or scheduled) → back to draft; hosts publish, everyone with access submits. */
export function WorkflowBar({ episodeId, status, previewHref, onVersion, beforeChange }: Props) {
  const router = useRouter();
  const may = useAllows();
  const [error, setError] = useState<string | null>(null);
  const [publishAt, setPublishAt] = useState('');
  const [pending, startTransition] = useTransition();

  const run = (work: () => ReturnType<typeof submitRecapForReview>) =>
    startTransition(async () => {
      setError(null);
      await beforeChange?.();
      const result = await work();
      if (!result.ok) setError(result.error);
      else {
        onVersion(result.data.version);
        router.refresh();
      }
    });

  return (
    <div className="workflow-bar" aria-label="Veröffentlichung">
      <FormError message={error} />
      <div className="workflow-bar__buttons">
        {status === 'draft' ? (
          <button type="button" className="button button--secondary" disabled={pending} onClick={() => run(() => submitRecapForReview({ episodeId }))}>
            Zur Prüfung einreichen
          </button>
        ) : null}
        {may('recap.publish') && (status === 'draft' || status === 'review') ? (
          <>
            <button type="button" className="button" disabled={pending} onClick={() => run(() => publishRecap({ episodeId }))}>
              Jetzt veröffentlichen
            </button>
            <span className="schedule">
              <label htmlFor="publish-at">oder planen für</label>
              <input id="publish-at" type="datetime-local" value={publishAt} onChange={(event) => setPublishAt(event.target.value)} />
              <button
                type="button"
                className="small-button"
                disabled={pending || !publishAt}
                onClick={() => run(() => publishRecap({ episodeId, publishAt: new Date(publishAt) }))}
              >
                Planen
              </button>
            </span>
          </>
        ) : null}
        {may('recap.unpublish') && (status === 'review' || status === 'published' || status === 'scheduled') ? (
          <button type="button" className="small-button small-button--danger" disabled={pending} onClick={() => run(() => unpublishRecap({ episodeId }))}>
            {status === 'review' ? 'Zurück an den Entwurf' : 'Veröffentlichung zurücknehmen'}
          </button>
        ) : null}
        {previewHref ? (
          <a className="small-button" href={previewHref} target="_blank" rel="noopener">
            Vorschau
          </a>
        ) : null}
      </div>
    </div>
  );
}
