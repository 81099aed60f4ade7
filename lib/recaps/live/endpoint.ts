// Where the browser reaches the collaboration server. Client-safe: no environment reads
// here; the studio page passes the configured values down, proxy.ts allows the same URL.

export type LiveEndpoint = {
  /** COLLAB_URL when set (e.g. wss://rewatch.example/collab behind a proxy). */
  url: string | null;
  /** Otherwise this port on the host the page came from. */
  port: number;
};

export function liveUrlFor(endpoint: LiveEndpoint, page: { protocol: string; hostname: string }): string {
  if (endpoint.url) return endpoint.url;
  const scheme = page.protocol === 'https:' ? 'wss' : 'ws';
  const host = page.hostname.includes(':') ? `[${page.hostname}]` : page.hostname;
  return `${scheme}://${host}:${endpoint.port}`;
}
