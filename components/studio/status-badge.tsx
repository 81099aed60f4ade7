import type { StudioStatus } from '@/lib/recaps/studio-queries';

export const statusLabels: Record<StudioStatus, string> = {
  none: 'kein Recap',
  draft: 'Entwurf',
  review: 'in Prüfung',
  published: 'veröffentlicht',
  scheduled: 'geplant',
};

export function StatusBadge({ status }: { status: StudioStatus }) {
  return <span className={`status-badge status-badge--${status}`}>{statusLabels[status]}</span>;
}
