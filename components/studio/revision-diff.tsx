import type { DiffPart } from '@/lib/recaps/history';

/** Word diff: what the current text adds (ins) and what it dropped compared with the revision (del). */
export function RevisionDiff({ parts }: { parts: DiffPart[] }) {
  if (parts.every((part) => part.kind === 'same')) return <p className="muted">Gleich wie die aktuelle Fassung.</p>;
  return (
    <p className="revision-diff">
      {parts.map((part, index) =>
        part.kind === 'added' ? (
          <ins key={index}>{part.text}</ins>
        ) : part.kind === 'removed' ? (
          <del key={index}>{part.text}</del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}
