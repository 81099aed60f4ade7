/** The audio URL if a browser may load it from a link (http or https), else null. */
export function playableAudioUrl(audioUrl: string | null | undefined): string | null {
  if (!audioUrl) return null;
  try {
    const url = new URL(audioUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
