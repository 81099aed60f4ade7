// npm start — the whole app on one command: database (embedded PGlite unless
// DATABASE_URL is set), migrations, the seed import on an empty archive, a
// production build when the sources changed, then the app server (scripts/serve.ts) and the
// collaboration server (scripts/collab.ts), which is restarted if it dies.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import net from 'node:net';
import { parseArgs } from 'node:util';
import { buildIsCurrent, recordBuild } from '@/lib/cli/build-state';
import { runScript } from '@/lib/cli/run-script';
import { createDb } from '@/lib/db/client';
import { connectDatabase } from '@/lib/db/connection';
import { applyMigrations } from '@/lib/db/migrations';
import { ensureAuthSecret } from '@/lib/auth/secret';
import { issueSetupToken } from '@/lib/users/first-host';
import { collabPort, env, siteUrl } from '@/lib/env';
import { formatImportReport } from '@/lib/importer/report';
import { archiveDataVersion, importSeed, isEmptyArchive } from '@/lib/seed/import-seed';

const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
const collabScript = path.join(import.meta.dirname, 'collab.ts');
const serveScript = path.join(import.meta.dirname, 'serve.ts');

function runNext(args: string[], childEnv: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [nextBin, ...args], { env: childEnv, stdio: 'inherit' });
}

function exitCode(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

/**
 * Runs the collaboration server as a child process and starts it again when it dies
 * (its pid is in the data folder, so the fault tests can kill it). Editors reconnect
 * by themselves and resend what the new process lacks.
 */
function superviseCollab(childEnv: NodeJS.ProcessEnv, pidFile: string) {
  let current: ChildProcess | undefined;
  let stopped = false;
  const launch = () => {
    // tsx as a loader, not its CLI: one process, so the pid is the server's own.
    const child = spawn(process.execPath, ['--import', 'tsx', collabScript], { env: childEnv, stdio: 'inherit' });
    current = child;
    if (child.pid) void writeFile(pidFile, String(child.pid));
    child.once('exit', (code, signal) => {
      if (stopped) return;
      console.error(`Zusammenarbeits-Server beendet (${signal ?? code}); starte ihn neu …`);
      setTimeout(launch, 500);
    });
  };
  launch();
  return {
    async stop() {
      stopped = true;
      if (current && current.exitCode === null && current.signalCode === null) {
        current.kill('SIGTERM');
        await exitCode(current);
      }
    },
  };
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer().once('error', () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

async function waitUntilServing(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 600 && child.exitCode === null; attempt++) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(2_000) }).then((response) => response.status < 500, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Rewatch antwortet nicht unter ${url}.`);
}

runScript(async () => {
  const started = performance.now();
  const { values } = parseArgs({ options: { dev: { type: 'boolean', default: false } } });
  const port = env.PORT;
  for (const [used, what] of [[port, 'App'], [collabPort(), 'Zusammenarbeit']] as const) {
    if (!(await portIsFree(used))) throw new Error(`Port ${used} (${what}) ist schon belegt. Beende das andere Programm oder starte mit PORT=${port + 2} npm start.`);
  }

  const connection = await connectDatabase();
  let child: ChildProcess | undefined;
  const collab: { supervisor?: ReturnType<typeof superviseCollab> } = {};
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await collab.supervisor?.stop();
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await exitCode(child);
    }
    await connection.close();
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(130));
  process.once('SIGTERM', () => void stop(143));

  console.log(connection.embedded ? `Datenbank: eingebettet (PGlite) in ${env.REWATCH_DATA_DIR}/` : 'Datenbank: DATABASE_URL');
  const applied = await applyMigrations(connection.url);
  if (applied.length) console.log(`Migrationen angewendet: ${applied.join(', ')}`);

  const db = createDb(connection.url, { max: 2 });
  let dataVersion: string;
  let setupToken: string | null;
  try {
    if (await isEmptyArchive(db)) {
      const importStarted = performance.now();
      console.log('Leeres Archiv: importiere die Recaps der Hosts …');
      console.log(formatImportReport(await importSeed(db)));
      console.log(`Import in ${Math.round(performance.now() - importStarted)} ms.`);
    }
    dataVersion = await archiveDataVersion(db);
    setupToken = await issueSetupToken(db);
  } finally {
    await db.$disconnect();
  }
  // REDIS_URL at build time switches next.config.ts to the shared cache: a build without it is not reused with it.
  const build = { distDir: env.REWATCH_DIST_DIR, dataVersion: `${dataVersion};cache=${env.REDIS_URL ? 'redis' : 'lokal'}` };

  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NEXTAUTH_SECRET: await ensureAuthSecret(env.NEXTAUTH_SECRET, env.REWATCH_DATA_DIR),
    NEXTAUTH_URL: siteUrl(),
    DATABASE_URL: connection.url,
    REWATCH_EMBEDDED: connection.embedded ? '1' : '0',
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: '1',
  };
  if (values.dev) {
    child = runNext(['dev', '--port', String(port)], childEnv);
  } else {
    if (!(await buildIsCurrent(build))) {
      console.log('Baue die App (nur nach Änderungen an Code oder Daten nötig) …');
      const code = await exitCode(runNext(['build'], childEnv));
      if (code !== 0) {
        await connection.close();
        throw new Error('next build ist fehlgeschlagen (Ausgabe oben).');
      }
      await recordBuild(build);
    }
    child = spawn(process.execPath, ['--import', 'tsx', serveScript], { env: { ...childEnv, NODE_ENV: 'production' }, stdio: 'inherit' });
  }
  child.once('exit', (code) => void stop(code ?? 1));
  await mkdir(env.REWATCH_DATA_DIR, { recursive: true });
  collab.supervisor = superviseCollab(childEnv, path.join(env.REWATCH_DATA_DIR, 'collab.pid'));
  await waitUntilServing(`http://127.0.0.1:${port}/`, child);
  console.log(`\nRewatch läuft: http://localhost:${port}  (Live-Bearbeitung auf Port ${collabPort()}; bereit nach ${((performance.now() - started) / 1000).toFixed(1)} s; beenden mit Strg+C)\n`);
  if (setupToken) {
    const link = `${siteUrl()}/einrichten/${setupToken}`;
    // Also kept in the data folder (owner-only) for the end-to-end tests; it works once, for an hour.
    await mkdir(env.REWATCH_DATA_DIR, { recursive: true });
    await writeFile(path.join(env.REWATCH_DATA_DIR, 'setup-link.txt'), link, { mode: 0o600 });
    console.log(`Noch kein Host-Zugang. Einmaliger Einrichtungslink (1 Stunde gültig):\n  ${link}\n`);
  }
  return new Promise<never>(() => {});
});
