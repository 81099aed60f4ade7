import type { SaveState } from './use-autosave';

const labels: Record<SaveState['kind'], string> = {
  saved: 'Gespeichert',
  saving: 'Speichert …',
  offline: 'Offline – lokal gesichert',
  error: 'Nicht gespeichert',
  conflict: 'Konflikt',
};

/** The autosave state, announced politely to screen readers. */
export function SaveStatus({ state }: { state: SaveState }) {
  return (
    <p className={`save-status save-status--${state.kind}`} role="status" aria-live="polite">
      {state.kind === 'saved' && !state.at ? 'Noch keine Änderungen' : labels[state.kind]}
      {state.kind === 'error' ? `: ${state.message}` : null}
    </p>
  );
}
