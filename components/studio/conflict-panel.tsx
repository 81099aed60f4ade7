'use client';

import { plainTextOf, type RecapDocument } from '@/lib/recaps/document';
import { formatDateTime } from '@/lib/text/dates';

type Props = {
  mine: unknown;
  theirs: { version: number; body: unknown; updatedBy: string | null; updatedAt: Date };
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onMerge: () => void;
};

const text = (doc: unknown) => plainTextOf(doc as RecapDocument);

/** Both versions side by side; whichever is chosen, the other stays in the history. */
export function ConflictPanel({ mine, theirs, onKeepMine, onTakeTheirs, onMerge }: Props) {
  return (
    <section className="conflict" aria-labelledby="conflict-title" role="alert">
      <h2 id="conflict-title">Jemand anderes hat dieses Recap inzwischen geändert</h2>
      <p>
        {theirs.updatedBy ?? 'Jemand'} hat am {formatDateTime(new Date(theirs.updatedAt))} gespeichert. Deine Fassung ist nicht verloren: beide
        stehen in der Versionsgeschichte. Wie soll es weitergehen?
      </p>
      <div className="conflict__columns">
        <div>
          <h3>Deine Fassung</h3>
          <pre className="conflict__text">{text(mine)}</pre>
        </div>
        <div>
          <h3>Fassung von {theirs.updatedBy ?? 'jemand anderem'}</h3>
          <pre className="conflict__text">{text(theirs.body)}</pre>
        </div>
      </div>
      <div className="workflow-bar__buttons">
        <button type="button" className="button" onClick={onKeepMine}>
          Meine Fassung behalten
        </button>
        <button type="button" className="button button--secondary" onClick={onTakeTheirs}>
          Andere Fassung übernehmen
        </button>
        <button type="button" className="small-button" onClick={onMerge}>
          Von Hand zusammenführen
        </button>
      </div>
    </section>
  );
}
