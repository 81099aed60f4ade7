// Unsaved text is kept in the browser until the server has it, so a dropped
// connection, a crash or a closed tab loses nothing. One entry per episode.

export type LocalDraft = { baseVersion: number; body: unknown; savedAt: number };

const key = (episodeId: number) => `rewatch:entwurf:${episodeId}`;

export function readLocalDraft(episodeId: number): LocalDraft | null {
  try {
    const raw = window.localStorage.getItem(key(episodeId));
    return raw ? (JSON.parse(raw) as LocalDraft) : null;
  } catch {
    return null;
  }
}

export function writeLocalDraft(episodeId: number, draft: LocalDraft): void {
  try {
    window.localStorage.setItem(key(episodeId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the server save is still attempted.
  }
}

export function clearLocalDraft(episodeId: number): void {
  try {
    window.localStorage.removeItem(key(episodeId));
  } catch {
    // Nothing to clear.
  }
}
