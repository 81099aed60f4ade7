// npm run front — nginx with the shipped configuration (deploy/nginx/rewatch.conf) in front of
// a running `npm start`: on 127.0.0.1:FRONT_PORT (8080), towards the app on PORT and the
// collaboration server on COLLAB_PORT, everything of nginx under .front/<port>/ (no root-owned
// paths, no root needed). Strg+C stops nginx cleanly.
import { runScript } from '@/lib/cli/run-script';
import { collabPort, env } from '@/lib/env';
import { microCacheSeconds, startFront } from '@/lib/front/rewatch-front';

async function appAnswers(url: string): Promise<boolean> {
  return fetch(url, { signal: AbortSignal.timeout(2_000) }).then((response) => response.status < 500, () => false);
}

runScript(async () => {
  const ports = { front: env.FRONT_PORT, app: env.PORT, collab: collabPort() };
  const front = await startFront({ ports });
  let stopping = false;
  const stop = async () => {
    stopping = true;
    await front.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  front.child.once('exit', (code) => {
    if (stopping) return;
    console.error(`nginx wurde beendet (${code ?? 'Signal'}); siehe ${front.errorLog}.`);
    process.exit(1);
  });
  console.log(
    `\nVorderseite (nginx) läuft: http://localhost:${ports.front} → App auf Port ${ports.app}, Live-Bearbeitung auf Port ${ports.collab}` +
      `\n  Öffentliche Seiten ${microCacheSeconds} s im Cache, ${front.brotli ? 'gzip und Brotli' : 'gzip (Brotli: apt-get install libnginx-mod-http-brotli-filter)'}; beenden mit Strg+C`,
  );
  if (!(await appAnswers(`http://127.0.0.1:${ports.app}/`))) {
    console.log(`  Die App antwortet noch nicht auf Port ${ports.app}: in einem zweiten Terminal npm start (bis dahin antwortet die Vorderseite mit 503).`);
  }
  console.log(
    `  Studio mit Live-Bearbeitung über die Vorderseite: die App mit SITE_URL=http://localhost:${ports.front} COLLAB_URL=ws://localhost:${ports.front}/collab npm start starten.\n`,
  );
  return new Promise<never>(() => {});
});
