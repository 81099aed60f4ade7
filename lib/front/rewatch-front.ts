// deploy/nginx/rewatch.conf as `npm run front` runs it: the shipped file with exactly four
// things replaced (the listening port, the two upstream ports, the cache folder) and the
// Brotli snippet included from the prefix instead of /etc/nginx/snippets. Every replacement
// must match exactly where it is expected, so the repository's file and what runs locally
// cannot drift apart unnoticed.
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { brotliAvailable, type RunningNginx, startNginx } from './nginx';

export const deployDir = path.join(import.meta.dirname, '..', '..', 'deploy', 'nginx');
export const siteConfigFile = path.join(deployDir, 'rewatch.conf');
export const brotliConfigFile = path.join(deployDir, 'rewatch-brotli.conf');

/** The micro-cache's validity for public pages, as `proxy_cache_valid` in rewatch.conf says. */
export const microCacheSeconds = 1;
/**
 * nginx keeps time in whole seconds and serves a copy while its expiry second has not passed,
 * so a copy valid for 1 s is handed out for up to 2 s after it was fetched.
 */
export const maxCopyAgeMs = (microCacheSeconds + 1) * 1000;

export type FrontPorts = { front: number; app: number; collab: number };

function replaceOnce(source: string, search: string, replacement: string): string {
  const count = source.split(search).length - 1;
  if (count !== 1) throw new Error(`deploy/nginx/rewatch.conf: „${search}“ steht dort ${count}-mal statt genau einmal; scripts/front.ts kann die Datei so nicht übernehmen.`);
  return source.replace(search, replacement);
}

/** rewatch.conf for a front on 127.0.0.1:`ports.front` in front of the app and collaboration server on this machine. */
export function localSiteConfig(source: string, ports: FrontPorts, prefix: string): string {
  const p = path.resolve(prefix);
  let config = replaceOnce(source, '    listen 80;\n', `    listen 127.0.0.1:${ports.front};\n`);
  config = replaceOnce(config, 'server 127.0.0.1:3000;', `server 127.0.0.1:${ports.app};`);
  config = replaceOnce(config, 'server 127.0.0.1:3001;', `server 127.0.0.1:${ports.collab};`);
  config = replaceOnce(config, 'include /etc/nginx/snippets/rewatch-brotli*.conf;', `include ${p}/conf/rewatch-brotli*.conf;`);
  const cacheRoot = '/var/cache/nginx/rewatch/';
  if (config.split(cacheRoot).length - 1 !== 2) throw new Error(`deploy/nginx/rewatch.conf: erwartet zwei Cache-Ordner unter ${cacheRoot}.`);
  return config.replaceAll(cacheRoot, `${p}/cache/`);
}

/** Starts nginx with the shipped configuration under `prefix` (default .front/<port>). */
export async function startFront(options: { ports: FrontPorts; prefix?: string; stdio?: 'inherit' | 'ignore' }): Promise<RunningNginx & { brotli: boolean }> {
  const prefix = options.prefix ?? path.join('.front', String(options.ports.front));
  const brotli = await brotliAvailable();
  // Copies from an earlier run would be loaded again; a front starts empty, like after a deploy.
  await rm(path.join(prefix, 'cache'), { recursive: true, force: true });
  await mkdir(path.join(prefix, 'conf'), { recursive: true });
  if (brotli) await copyFile(brotliConfigFile, path.join(prefix, 'conf', 'rewatch-brotli.conf'));
  const http = localSiteConfig(await readFile(siteConfigFile, 'utf8'), options.ports, prefix);
  const running = await startNginx({ prefix, http, brotli, port: options.ports.front, stdio: options.stdio });
  return { ...running, brotli };
}
