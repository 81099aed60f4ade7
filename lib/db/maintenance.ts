import pg from 'pg';

export type MaintenanceAction = { relation: string; vacuum: boolean };

// The tables autovacuum would pick now, by its own rule and this server's settings for it:
// vacuum once dead rows, or rows inserted since the last vacuum, pass threshold + scale ×
// rows; analyze once rows changed since the last analyze pass theirs. reltuples is -1 for a
// table never vacuumed or analyzed, which autovacuum counts as 0.
const dueSql = `
  SELECT t.relation, t.vacuum FROM (
    SELECT format('%I.%I', s.schemaname, s.relname) AS relation,
      s.n_dead_tup > current_setting('autovacuum_vacuum_threshold')::float8 + current_setting('autovacuum_vacuum_scale_factor')::float8 * r.rows
        OR s.n_ins_since_vacuum > current_setting('autovacuum_vacuum_insert_threshold')::float8 + current_setting('autovacuum_vacuum_insert_scale_factor')::float8 * r.rows
        AS vacuum,
      s.n_mod_since_analyze > current_setting('autovacuum_analyze_threshold')::float8 + current_setting('autovacuum_analyze_scale_factor')::float8 * r.rows
        AS analyze
    FROM pg_stat_user_tables s
    JOIN pg_class c ON c.oid = s.relid
    CROSS JOIN LATERAL (SELECT greatest(c.reltuples, 0)::float8 AS rows) AS r
  ) AS t
  WHERE t.vacuum OR t.analyze
  ORDER BY t.relation`;

export type MaintenanceOptions = {
  /**
   * Only when the server's autovacuum is off (a server, whose own setting is to be trusted).
   * PGlite says it is on, but it has no background workers to run it.
   */
  unlessAutovacuum?: boolean;
};

/**
 * One pass of what autovacuum does, for a database without it: PGlite is a single backend
 * with no background workers, and a server may have it switched off (this machine's CI server
 * does). Without statistics the planner guessed search plans that took 85 ms instead of 18 at
 * 10 000 recaps, and the lexicon's dead rows and its trigram index's pending entries, left by
 * every saved recap, slowed each typo lookup. Returns what it did.
 */
export async function maintainTables(url: string, options: MaintenanceOptions = {}): Promise<MaintenanceAction[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    if (options.unlessAutovacuum) {
      const [setting] = (await client.query<{ on: boolean }>(`SELECT current_setting('autovacuum') = 'on' AS on`)).rows;
      if (setting?.on) return [];
    }
    // PGlite's one backend holds the counters of every connection's writes until it next flushes them.
    await client.query('SELECT pg_stat_force_next_flush()');
    const due = (await client.query<MaintenanceAction>(dueSql)).rows;
    // One table per statement, so the one backend serves requests again between them.
    for (const { relation, vacuum } of due) await client.query(vacuum ? `VACUUM (ANALYZE) ${relation}` : `ANALYZE ${relation}`);
    return due;
  } finally {
    await client.end();
  }
}

/**
 * Runs `maintainTables` soon after start and then every `intervalMs`, one pass at a time;
 * the timer keeps no process alive. Returns a stop function that waits for a running pass.
 */
export function startMaintenance(url: string, options: MaintenanceOptions & { intervalMs?: number; firstAfterMs?: number } = {}): () => Promise<void> {
  const { intervalMs = 60_000, firstAfterMs = 10_000 } = options;
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout;
  let stopped = false;
  const pass = () => {
    running = maintainTables(url, options)
      .then(() => undefined)
      .catch((error: unknown) => console.error('Datenbankpflege (VACUUM/ANALYZE) fehlgeschlagen:', error instanceof Error ? error.message : error))
      .finally(() => {
        running = null;
        if (!stopped) schedule(intervalMs);
      });
  };
  const schedule = (ms: number) => {
    timer = setTimeout(pass, ms);
    timer.unref();
  };
  schedule(firstAfterMs);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
