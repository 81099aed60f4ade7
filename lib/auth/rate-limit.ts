import pg from 'pg';
import { RateLimiterPostgres, type RateLimiterRes } from 'rate-limiter-flexible';
import type { ActionResult } from '@/lib/actions/define-action';
import { databaseUrl } from '@/lib/db/client';
import { env } from '@/lib/env';

// Failed attempts are counted in PostgreSQL (table rate_limits, from our
// migrations), so the limits hold across app instances and restarts.
type Rule = { prefix: string; points: number; seconds: number };

export const rules = {
  signInAccount: { prefix: 'signin_account', points: 5, seconds: 15 * 60 },
  signInIp: { prefix: 'signin_ip', points: 20, seconds: 15 * 60 },
  invitationToken: { prefix: 'invite_token', points: 5, seconds: 15 * 60 },
  invitationIp: { prefix: 'invite_ip', points: 20, seconds: 15 * 60 },
  setupIp: { prefix: 'setup_ip', points: 10, seconds: 15 * 60 },
} satisfies Record<string, Rule>;

export type RuleName = keyof typeof rules;

export class RateLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(`Zu viele Versuche. Bitte warte ${minutes === 1 ? 'eine Minute' : `${minutes} Minuten`} und versuche es dann noch einmal.`);
    this.name = 'RateLimitedError';
  }
}

export type RateLimits = {
  /** Throws RateLimitedError when any of the keys has used up its attempts. */
  check: (checks: [RuleName, string][]) => Promise<void>;
  /** Counts one failed attempt for each key. */
  fail: (checks: [RuleName, string][]) => Promise<void>;
  /** Forgets the failures of a key after a success (e.g. the account after a correct password). */
  reset: (rule: RuleName, key: string) => Promise<void>;
};

// rate-limiter-flexible prepares *named* statements. PGlite serves every connection
// from one backend session, where a second connection preparing the same name fails
// ("prepared statement … already exists"); unnamed statements work everywhere.
class Pool extends pg.Pool {
  override query(...args: unknown[]): never {
    const [config, ...rest] = args;
    if (typeof config === 'object' && config !== null && 'name' in config) {
      const unnamed: Record<string, unknown> = { ...config };
      delete unnamed.name;
      return (super.query as (...a: unknown[]) => never)(unnamed, ...rest);
    }
    return (super.query as (...a: unknown[]) => never)(...args);
  }
}

export function createRateLimitPool(url: string): pg.Pool {
  const pool = new Pool({ connectionString: url, max: 2, connectionTimeoutMillis: env.DATABASE_CONNECT_TIMEOUT_MS, allowExitOnIdle: true });
  // An idle connection that dies (database restarted) must not crash the process; the next query reconnects.
  pool.on('error', (error) => console.error('Verbindung der Anmeldebegrenzung getrennt:', error.message));
  return pool;
}

export function createRateLimits(pool: pg.Pool): RateLimits {
  const limiters = new Map<RuleName, RateLimiterPostgres>();
  const limiter = (name: RuleName) => {
    let existing = limiters.get(name);
    if (!existing) {
      const rule = rules[name];
      existing = new RateLimiterPostgres({
        storeClient: pool,
        // Named explicitly: the library would guess from the class name, which bundlers rename.
        storeType: 'pool',
        tableName: 'rate_limits',
        tableCreated: true,
        clearExpiredByTimeout: false,
        keyPrefix: rule.prefix,
        points: rule.points,
        duration: rule.seconds,
      });
      limiters.set(name, existing);
    }
    return existing;
  };
  return {
    async check(checks) {
      for (const [name, key] of checks) {
        const state = await limiter(name).get(key);
        if (state && state.consumedPoints >= rules[name].points) throw new RateLimitedError(Math.ceil(state.msBeforeNext / 1000));
      }
    },
    async fail(checks) {
      await Promise.all(
        checks.map(([name, key]) =>
          limiter(name)
            .consume(key)
            .catch((result: RateLimiterRes | Error) => {
              // consume() rejects with the limiter state once the points are used up; that is expected here.
              if (result instanceof Error) throw result;
            }),
        ),
      );
    },
    async reset(name, key) {
      await limiter(name).delete(key);
    },
  };
}

const globalForLimits = globalThis as unknown as { rewatchRateLimits?: { url: string; limits: RateLimits } };

/** The app's rate limits, stored in the app's database. */
export function rateLimits(): RateLimits {
  const url = databaseUrl();
  if (globalForLimits.rewatchRateLimits?.url !== url) {
    globalForLimits.rewatchRateLimits = { url, limits: createRateLimits(createRateLimitPool(url)) };
  }
  return globalForLimits.rewatchRateLimits.limits;
}

/**
 * For the actions a person without an account may call (the token in the link is their
 * credential): refused while any key has used up its attempts, and a refusal counts as one.
 */
export async function rateLimited<T>(checks: [RuleName, string][], work: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    const limits = rateLimits();
    await limits.check(checks);
    const result = await work();
    if (!result.ok) await limits.fail(checks);
    return result;
  } catch (error) {
    if (error instanceof RateLimitedError) return { ok: false, error: error.message };
    console.error('Öffentliche Aktion fehlgeschlagen:', error);
    return { ok: false, error: 'Das hat nicht geklappt. Bitte versuche es gleich noch einmal.' };
  }
}
