/**
 * Where to go after signing in: only a path on this site. Anything that a browser
 * could read as another host ("//evil.example", "/\\evil.example", "https://…")
 * would make the sign-in page an open redirect, so it falls back to the studio.
 */
export function safeCallbackUrl(value: string | string[] | undefined, fallback = '/studio'): string {
  const url = Array.isArray(value) ? value[0] : value;
  if (!url || !url.startsWith('/') || /[\\\u0000-\u001f]/.test(url)) return fallback;
  try {
    const base = 'http://rewatch.invalid';
    const resolved = new URL(url, base);
    return resolved.origin === base ? `${resolved.pathname}${resolved.search}${resolved.hash}` : fallback;
  } catch {
    return fallback;
  }
}
