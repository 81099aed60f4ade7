import { z } from 'zod';

// The one place that reads process.env; everything else imports `env`.

/** A whole number in a range, with a German message for anything else ("abc", 0, 2.5). */
const wholeNumber = (min: number, max = Number.MAX_SAFE_INTEGER) => {
  const error = `muss eine ganze Zahl ${max === Number.MAX_SAFE_INTEGER ? `ab ${min}` : `von ${min} bis ${max}`} sein`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error });
};

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL muss mit postgresql:// beginnen')
    .optional(),
  REWATCH_DATA_DIR: z.string().min(1).default('.data'),
  PORT: wholeNumber(1, 65_535).default(3000),
  DATABASE_POOL_MAX: wholeNumber(1, 100).optional(),
  /** Requests the app renders at once; more wait their turn (lib/http/request-gate.ts). */
  REQUEST_CONCURRENCY: wholeNumber(1, 1_000).default(8),
  DATABASE_CONNECT_TIMEOUT_MS: wholeNumber(100).default(5_000),
  REWATCH_EMBEDDED: z.enum(['0', '1']).default('0'),
  /** Signs session tokens; `npm start` creates one in the data folder when it is not set. */
  NEXTAUTH_SECRET: z.string().min(32, 'NEXTAUTH_SECRET muss mindestens 32 Zeichen lang sein').optional(),
  /** The site's public address, for links in invitations and feeds. */
  SITE_URL: z.url().optional(),
  /** smtp(s)://user:pass@host:port — when set, invitations are also sent by e-mail. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'SMTP_URL muss mit smtp:// oder smtps:// beginnen').optional(),
  MAIL_FROM: z.string().default('Rewatch <rewatch@localhost>'),
  /** The collaboration server's port (default: the app's port + 1). */
  COLLAB_PORT: wholeNumber(1, 65_535).optional(),
  /** Where `npm run front` (nginx in front of the app, scripts/front.ts) listens, on 127.0.0.1. */
  FRONT_PORT: wholeNumber(1_024, 65_535).default(8080),
  /** The interface the collaboration server listens on (0.0.0.0 behind a proxy on another machine). */
  COLLAB_HOST: z.string().min(1).default('127.0.0.1'),
  /** The collaboration server's address as browsers reach it, e.g. wss://rewatch.example/collab (default: this host, COLLAB_PORT). */
  COLLAB_URL: z.string().regex(/^wss?:\/\//, 'COLLAB_URL muss mit ws:// oder wss:// beginnen').optional(),
  /** Where the collaboration server reaches the app to refresh public pages (default: this host, PORT). */
  APP_INTERNAL_URL: z.url().optional(),
  /** redis://… — several collaboration servers share their documents through it. */
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'REDIS_URL muss mit redis:// oder rediss:// beginnen').optional(),
  /** Set by CI: tests that need the machine's services (Redis) must not skip there. */
  CI: z.string().optional(),
  /** Where `next build` writes; the end-to-end tests build into their own folder. */
  REWATCH_DIST_DIR: z.string().min(1).default('.next'),
});

export type Env = z.infer<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable (e.g. `SITE_URL=` copied from .env.example) means "not set".
  const set = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = schema.safeParse(set);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Ungültige Umgebungsvariablen:\n${problems.join('\n')}`);
  }
  return result.data;
}

export const env = parseEnv(process.env);

/**
 * True in the Next server (pages, actions, route handlers), false in scripts, tests and the
 * collaboration server, where there is no page cache to read or refresh. Read as written,
 * not through the schema: Next inlines `process.env.NEXT_RUNTIME` into its server bundles.
 */
export function insideNext(): boolean {
  return Boolean(process.env.NEXT_RUNTIME);
}

/** The base URL for links the app hands out (invitations, setup link). */
export function siteUrl(e: Env = env): string {
  return (e.SITE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
}

export function collabPort(e: Env = env): number {
  return e.COLLAB_PORT ?? e.PORT + 1;
}

/** The app as the collaboration server reaches it: a published recap changed live refreshes its public pages. */
export function appInternalUrl(e: Env = env): string {
  return e.APP_INTERNAL_URL ?? `http://127.0.0.1:${e.PORT}`;
}

/** Pages of these origins may open collaboration connections (the cookie is checked besides). */
export function collabAllowedOrigins(e: Env = env): string[] {
  return [...new Set([new URL(siteUrl(e)).origin, `http://localhost:${e.PORT}`, `http://127.0.0.1:${e.PORT}`])];
}

/**
 * Whether a second statement runs beside the first. PGlite answers one statement at a time,
 * so there a second one only adds a round trip (a tenth of a search's time, measured).
 */
export function statementsRunInParallel(e: Env = env): boolean {
  return e.REWATCH_EMBEDDED !== '1';
}

/** Connections per process: PGlite serialises queries, so a few suffice there. */
export function poolSize(e: Env = env): number {
  return e.DATABASE_POOL_MAX ?? (statementsRunInParallel(e) ? 10 : 4);
}
