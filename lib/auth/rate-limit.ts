import pg from 'pg';
import { RateLimiterPostgres, type RateLimiterRes } from 'rate-limiter-flexible';
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

export function createRateLimits(pool: pg.Pool): RateLimits {
  const limiters = new Map<RuleName, RateLimiterPostgres>();
  const limiter = (name: RuleName) => {
    let existing = limiters.get(name);
    if (!existing) {
      const rule = rules[name];
      existing = new RateLimiterPostgres({
        storeClient: pool,
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

const globalForLimits = globalThis as unknown as { rewatchRateLimits?: RateLimits };

export function rateLimits(): RateLimits {
  if (!globalForLimits.rewatchRateLimits) {
    if (!env.DATABASE_URL) throw new Error('DATABASE_URL fehlt.');
    const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 2, connectionTimeoutMillis: env.DATABASE_CONNECT_TIMEOUT_MS });
    globalForLimits.rewatchRateLimits = createRateLimits(pool);
  }
  return globalForLimits.rewatchRateLimits;
}
