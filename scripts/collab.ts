// npm run collab — the collaboration server as its own process. `npm start` runs it
// beside the app (and restarts it if it dies); in production it can run on its own,
// several of them with REDIS_URL. Needs DATABASE_URL and NEXTAUTH_SECRET (the app's).
import { runScript } from '@/lib/cli/run-script';
import { createPublicRefresher } from '@/lib/cache/notify-app';
import { createCollabServer } from '@/lib/collab/server';
import { createDb } from '@/lib/db/client';
import { appInternalUrl, collabAllowedOrigins, collabPort, env, poolSize } from '@/lib/env';

runScript(async () => {
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL fehlt (npm start setzt sie für den Zusammenarbeits-Server selbst).');
  if (!env.NEXTAUTH_SECRET) throw new Error('NEXTAUTH_SECRET fehlt: ohne das Geheimnis der App lassen sich keine Sitzungen prüfen.');
  const port = collabPort();
  const db = createDb(env.DATABASE_URL, { max: poolSize() });
  const publicPages = createPublicRefresher({ appUrl: appInternalUrl(), secret: env.NEXTAUTH_SECRET, log: console.log });
  const server = createCollabServer({
    db,
    port,
    host: env.COLLAB_HOST,
    secret: env.NEXTAUTH_SECRET,
    allowedOrigins: collabAllowedOrigins(),
    redisUrl: env.REDIS_URL,
    onPublicChange: publicPages.changed,
  });
  await server.listen();
  console.log(`Zusammenarbeit (Live-Bearbeitung): ws://${env.COLLAB_HOST}:${port}${env.REDIS_URL ? ' mit Redis' : ''}`);

  // A stop stores every open document first; a crash loses nothing either (clients resend what the server lacks).
  const stop = async () => {
    await server.destroy();
    await publicPages.flush();
    await db.$disconnect();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  return new Promise<never>(() => {});
});
