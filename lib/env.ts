import { z } from 'zod';

// The one place that reads process.env; everything else imports `env`.
const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL muss mit postgresql:// beginnen')
    .optional(),
  REWATCH_DATA_DIR: z.string().min(1).default('.data'),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).optional(),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  REWATCH_EMBEDDED: z.enum(['0', '1']).default('0'),
  /** Where `next build` writes; the end-to-end tests build into their own folder. */
  REWATCH_DIST_DIR: z.string().min(1).default('.next'),
});

export type Env = z.infer<typeof schema>;

function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Ungültige Umgebungsvariablen:\n${problems.join('\n')}`);
  }
  return result.data;
}

export const env = parseEnv(process.env);

/** Connections per process: PGlite serialises queries, so a few suffice there. */
export function poolSize(e: Env = env): number {
  return e.DATABASE_POOL_MAX ?? (e.REWATCH_EMBEDDED === '1' ? 4 : 10);
}
