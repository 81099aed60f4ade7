import { createHash } from 'node:crypto';
import { type NextRequest, NextResponse } from 'next/server';
import { horizonScript } from '@/components/spoiler/horizon';
import { liveUrlFor } from '@/lib/recaps/live/endpoint';
import { collabPort, env } from '@/lib/env';
import { createSearchAdmission } from '@/lib/search/result-admission';
import { paramsOfResultKey, resultKeyOf, searchPathOfResultKey } from '@/lib/search/result-key';
import { contentSecurityPolicy, type HeaderContext, perRequestPagePrefixes } from '@/lib/security/headers';
import { isSlug } from '@/lib/text/slug';

// Four jobs before Next routes a request:
// 1. Paths with broken percent-encoding ("/episode/%C0%AF") make Next's router throw a 500;
//    they are answered with a 400 here.
// 2. Addresses of episodes, characters and storylines whose slug cannot be one of ours (a null
//    byte, 4 000 characters, an encoded "../") go to the 404 page without reaching their
//    route: its incremental cache would try to store a page under that name (file names over
//    255 bytes or with null bytes fail, into the log) and keep one for every such address.
// 3. Searches (/suche?q=…) go to the page of their query, which is cached like every other
//    public page instead of rendered per request (lib/search/result-key.ts); the address in
//    the browser stays the same. Made-up keys asked for directly get the 404 page, for the
//    same reason as in 2, and beyond a bound on distinct searches they are rendered per
//    request again (lib/search/result-admission.ts).
// 4. The strict Content-Security-Policy for the pages that are rendered per request anyway
//    (studio, sign-in, first-host setup, invitation): a fresh nonce per request, which Next
//    reads from the request's CSP header and puts on its own scripts. Public pages stay
//    static with the policy from next.config.ts (see lib/security/headers.ts for the trade-off).
// This is not an authorisation boundary: every studio page and action checks the session itself.

// NODE_ENV is Next's own (inlined at build time), not one of the app's variables in lib/env.ts.
const context: HeaderContext = {
  dev: process.env.NODE_ENV === 'development',
  https: env.SITE_URL?.startsWith('https://') ?? false,
};
// The root layout's inline script, allowed by its hash (it is the same on every page).
const scriptHashes = [createHash('sha256').update(horizonScript).digest('base64')];
// The complement of the CSP source in next.config.ts (both from perRequestPagePrefixes).
const noncePaths = new RegExp(`^/(${perRequestPagePrefixes.join('|')})`);
const slugRoutes = /^\/(?:episode|figuren|handlungsstraenge)\/([^/]+)/;
const resultPage = /^\/suche\/ergebnis\/([^/]*)/;
// Matches no route, so Next answers with the app's German 404 page.
const notFoundPath = '/seite-nicht-gefunden';
const admitSearch = createSearchAdmission();

function isWellEncoded(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!isWellEncoded(pathname)) {
    return new NextResponse('Diese Adresse ist ungültig kodiert.', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const slug = slugRoutes.exec(pathname)?.[1];
  if (slug !== undefined && !isSlug(decodeURIComponent(slug))) return NextResponse.rewrite(new URL(notFoundPath, request.url));
  const resultKey = resultPage.exec(pathname)?.[1];
  if (resultKey !== undefined) {
    if (!paramsOfResultKey(resultKey)) return NextResponse.rewrite(new URL(notFoundPath, request.url));
    if (!admitSearch(resultKey)) return NextResponse.rewrite(new URL(searchPathOfResultKey(resultKey), request.url));
  }
  if (pathname === '/suche' && (request.method === 'GET' || request.method === 'HEAD')) {
    const key = resultKeyOf(request.nextUrl.searchParams);
    if (key && admitSearch(key)) {
      // The parameters stay on the rewritten URL for Next's own (_rsc); the page reads only the key.
      const target = request.nextUrl.clone();
      target.pathname = `/suche/ergebnis/${key}`;
      return NextResponse.rewrite(target);
    }
  }
  if (!noncePaths.test(pathname)) return NextResponse.next();
  const collab = liveUrlFor({ url: env.COLLAB_URL ?? null, port: collabPort() }, request.nextUrl);
  const policy = contentSecurityPolicy(context, { nonce: btoa(crypto.randomUUID()), scriptHashes, connectSources: [collab] });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Everything but Next's own build files, which never carry user input.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
