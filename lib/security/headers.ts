// Security headers of every response, shared by next.config.ts (static and public pages)
// and proxy.ts (the studio and sign-in pages, which get a per-request nonce). This module
// must not read process.env (lib/env.ts does that): callers say whether they run in
// development and whether the site is served over https.

export type HeaderContext = { dev: boolean; https: boolean };

/**
 * The pages rendered per request for signed-in or signing-in people (studio, sign-in, first-host
 * setup, invitation): they get the nonce policy (proxy.ts), everything else the static one
 * (next.config.ts), and only the others are public pages (lib/http/plain-public-pages.ts).
 */
export const perRequestPagePrefixes = ['studio', 'anmelden', 'einrichten', 'einladung'] as const;

/**
 * The Content-Security-Policy.
 *
 * Next's App Router inlines its bootstrap and the RSC payload as <script> tags whose content
 * differs per page, so hashes are impossible, and a nonce needs a request: a page with a
 * nonce cannot be prerendered. The public archive is static (built once, served from the
 * CDN or Next's cache), so its pages allow inline scripts ('unsafe-inline') but nothing else:
 * no foreign script origins, no eval, no plugins, no <base> rewriting, no framing. The
 * studio and the sign-in/setup/invitation pages are dynamic anyway (session, token), so
 * proxy.ts gives them the strict policy: a fresh nonce with 'strict-dynamic', which turns
 * 'unsafe-inline' off in every browser that understands nonces. That is where a script
 * injection would act with an editor's rights.
 *
 * style-src keeps 'unsafe-inline' everywhere: the editor (ProseMirror, Floating UI) sets
 * style attributes from script, and CSS cannot run code.
 */
export function contentSecurityPolicy(context: HeaderContext, strict?: { nonce: string; scriptHashes: string[]; connectSources?: string[] }): string {
  // Hashes allow our own static inline scripts (the spoiler horizon in the root layout, which
  // cannot carry a nonce without making every page dynamic). Next the nonce, browsers ignore
  // 'unsafe-inline', so the strict list never contains it.
  const scripts = strict ? [`'nonce-${strict.nonce}'`, ...strict.scriptHashes.map((hash) => `'sha256-${hash}'`), "'strict-dynamic'"] : ["'unsafe-inline'"];
  // React's development build uses eval for its debugging stacks; production never does.
  if (context.dev) scripts.push("'unsafe-eval'");
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...scripts],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    // Episode audio lives on the podcast host; http only where the site itself is not https.
    ['media-src', "'self'", 'https:', ...(context.https ? [] : ['http:'])],
    // The studio's editor also talks to the collaboration server (its own port or address).
    ['connect-src', "'self'", ...(strict?.connectSources ?? [])],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
    ['frame-src', "'none'"],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
  ];
  if (context.https) directives.push(['upgrade-insecure-requests']);
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/** The headers besides the CSP, for every response. */
export function baseSecurityHeaders(context: HeaderContext): { key: string; value: string }[] {
  const headers = [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    // Nothing here needs the camera, microphone, location, payment or the like.
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=()',
    },
    // Older browsers that ignore frame-ancestors.
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
  // Only over https in production: HSTS on http://localhost would pin a developer's browser.
  if (context.https && !context.dev) headers.push({ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' });
  return headers;
}
