// The shared document of an episode's recap is named after the episode; the studio's
// editor and the collaboration server both use these two functions.
const prefix = 'folge-';

export function liveDocumentName(episodeId: number): string {
  return `${prefix}${episodeId}`;
}

/** The episode id of a document name, or null for anything else (refused by the server). */
export function episodeIdOfDocument(name: string): number | null {
  const match = /^folge-([1-9][0-9]{0,9})$/.exec(name);
  const id = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(id) && id <= 2_147_483_647 ? id : null;
}
