// Runs Debian's nginx unprivileged under a folder of its own: its configuration, pid, logs,
// temp and cache folders all live below `prefix`, none under /etc, /var or /run. Used by
// `npm run front` (scripts/front.ts), the tests through the front and the front benches.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { access, chown, mkdir, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Debian's binary, also where `command -v nginx` may not see it (sbin is not on every PATH). */
export const nginxCandidates = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'];
const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';
// Debian's unprivileged account; workers run as it when the master is started by root.
const nobody = { uid: 65_534, gid: 65_534, name: 'nobody nogroup' };

const exists = (file: string) => access(file).then(() => true, () => false);

export async function findNginx(): Promise<string | null> {
  for (const candidate of nginxCandidates) if (await exists(candidate)) return candidate;
  return null;
}

export const brotliAvailable = () => exists(brotliModule);

export type NginxOptions = {
  /** The folder that holds everything of this nginx (e.g. .front/8080). */
  prefix: string;
  /** What goes inside `http { }`: server blocks, maps, cache paths. */
  http: string;
  /** Load Debian's Brotli filter module (only when it is installed). */
  brotli?: boolean;
  /** Worker processes; `auto` is one per core. */
  workers?: number | 'auto';
};

/** The main configuration around `http`: everything that would otherwise point at root-owned paths is set to `prefix`. */
export function mainConfig(options: NginxOptions & { asRoot: boolean }): string {
  const p = path.resolve(options.prefix);
  return [
    '# Written by lib/front/nginx.ts; edit deploy/nginx/rewatch.conf instead.',
    'daemon off;',
    `worker_processes ${options.workers ?? 'auto'};`,
    `pid ${p}/nginx.pid;`,
    `error_log ${p}/logs/error.log warn;`,
    // Started by root (as in a container), the workers drop to nobody, who owns the writable folders.
    ...(options.asRoot ? [`user ${nobody.name};`] : []),
    ...(options.brotli ? [`load_module ${brotliModule};`] : []),
    'events { worker_connections 4096; }',
    'http {',
    '    include /etc/nginx/mime.types;',
    '    default_type application/octet-stream;',
    '    sendfile on;',
    '    tcp_nopush on;',
    '    keepalive_timeout 65;',
    '    keepalive_requests 100000;',
    '    server_tokens off;',
    '    access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${p}/temp/${kind};`),
    options.http,
    '}',
    '',
  ].join('\n');
}

export type RunningNginx = { child: ChildProcess; errorLog: string; stop: () => Promise<void> };

async function prepare(options: NginxOptions): Promise<{ binary: string; args: string[]; errorLog: string }> {
  const binary = await findNginx();
  if (!binary) throw new Error('nginx ist nicht installiert. Unter Debian: sudo apt-get install nginx (optional libnginx-mod-http-brotli-filter für Brotli).');
  const prefix = path.resolve(options.prefix);
  const asRoot = process.getuid?.() === 0;
  const writable = ['logs', 'temp', 'cache'].map((folder) => path.join(prefix, folder));
  for (const folder of [path.join(prefix, 'conf'), ...writable]) await mkdir(folder, { recursive: true });
  if (asRoot) for (const folder of writable) await chown(folder, nobody.uid, nobody.gid);
  const conf = path.join(prefix, 'conf', 'nginx.conf');
  await writeFile(conf, mainConfig({ ...options, asRoot }));
  const errorLog = path.join(prefix, 'logs', 'error.log');
  // -e: the log nginx writes before it has read the configuration (otherwise /var/log/nginx).
  return { binary, args: ['-p', prefix, '-c', conf, '-e', errorLog], errorLog };
}

/** Checks the configuration with `nginx -t`; its own message (English) follows a German line. */
async function testConfig(binary: string, args: string[], prefix: string): Promise<void> {
  await run(binary, [...args, '-t', '-q']).catch((error: { stderr?: string }) => {
    throw new Error(`Die nginx-Konfiguration unter ${prefix} ist ungültig:\n${error.stderr ?? String(error)}`);
  });
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => socket.end(() => resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** Starts nginx in the foreground (daemon off) and resolves once `port` accepts connections. */
export async function startNginx(options: NginxOptions & { port: number; stdio?: 'inherit' | 'ignore' }): Promise<RunningNginx> {
  if (await portAnswers(options.port)) throw new Error(`Port ${options.port} ist schon belegt. Beende das andere Programm oder wähle einen anderen Port.`);
  const { binary, args, errorLog } = await prepare(options);
  await testConfig(binary, args, options.prefix);
  const child = spawn(binary, args, { stdio: options.stdio ?? 'inherit' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let attempt = 0; !(await portAnswers(options.port)); attempt++) {
    if (child.exitCode !== null || attempt > 100) throw new Error(`nginx ist nicht gestartet; siehe ${errorLog}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    child,
    errorLog,
    // SIGQUIT: nginx finishes the requests in flight, then the master and its workers exit.
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGQUIT');
      await exited;
    },
  };
}
