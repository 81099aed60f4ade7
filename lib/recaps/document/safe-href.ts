// Links in recaps may only leave for the web or an e-mail program. Used by the editor's
// link dialog, the Link extension itself and the server validator, so all three agree.

export const allowedLinkProtocols = ['http', 'https', 'mailto'] as const;
export const LINK_MAX_LENGTH = 2048;

// Browsers drop or reinterpret control characters and whitespace inside URLs
// ("java\tscript:"), so an href containing any is refused rather than cleaned.
const unsafeCharacters = /[\u0000-\u0020\u007f-\u009f\u2028\u2029]/;

/** True for absolute http(s) and mailto addresses; relative, protocol-relative and script URLs are false. */
export function isSafeHref(href: unknown): href is string {
  if (typeof href !== 'string' || href.length === 0 || href.length > LINK_MAX_LENGTH) return false;
  if (unsafeCharacters.test(href)) return false;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  // Compare the scheme as written too: URL parsing is lenient about what precedes it.
  const written = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  if (url.protocol === 'mailto:') return written === 'mailto' && url.pathname.length > 0;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (written !== url.protocol.slice(0, -1)) return false;
  // "https://archiv.example@evil.example" reads like one host and opens another.
  if (url.username || url.password) return false;
  return href.slice(written.length + 1).startsWith('//') && url.hostname.length > 0;
}
