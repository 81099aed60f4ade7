import type { z } from 'zod';
import { ActionError } from './action-error';
import { de } from 'zod/locales';
import { type Action, can, type SessionUser, type Target } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/session';
import { db } from '@/lib/db/client';
import { isDatabaseUnavailable } from '@/lib/db/unavailable';
import { Prisma } from '@/lib/generated/prisma/client';

export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: string;
      fieldErrors?: Record<string, string[] | undefined>;
      /** The database was unreachable or busy: the same request may succeed a little later. */
      retryable?: boolean;
    };

export { ActionError };

type Config<S extends z.ZodType, T> = {
  /** Unique name; the authorisation matrix test looks actions up by it. */
  name: string;
  input: S;
  /** What the user must be allowed to do, and to which episode. */
  permission: Action;
  target?: (input: z.output<S>) => Promise<Target> | Target;
  run: (context: { user: SessionUser; input: z.output<S> }) => Promise<T>;
};

export type DefinedAction<S extends z.ZodType, T> = ((input: z.input<S>) => Promise<ActionResult<T>>) & {
  actionName: string;
  permission: Action;
};

// P2028: an interactive transaction could not start in time (the pool was exhausted).
function isTransactionTimeout(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2028';
}

function databaseMessage(error: unknown): string | null {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === 'P2002') return 'Das gibt es schon: der Wert muss eindeutig sein.';
    if (error.code === 'P2025') return 'Das gesuchte Element gibt es nicht (mehr).';
  }
  return null;
}

/**
 * Parses an action's input with its zod schema; zod's own messages (wrong type from a forged
 * request) in German too, like the forms' own. A failure is the result the form shows.
 */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): { ok: true; data: z.output<S> } | (ActionResult<never> & { ok: false }) {
  const parsed = schema.safeParse(raw, { error: de().localeError });
  if (parsed.success) return { ok: true, data: parsed.data };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.join('.') || '_';
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, error: parsed.error.issues[0]?.message ?? 'Bitte prüfe deine Eingaben.', fieldErrors };
}

/**
 * The one shape of every server action: who is asking → parse the input with the
 * domain's zod schema → may this user do this (lib/auth/permissions) → run →
 * a result the form can show. The order cannot be forgotten because it lives here.
 */
export function defineAction<S extends z.ZodType, T>(config: Config<S, T>): DefinedAction<S, T> {
  const action = async (raw: z.input<S>): Promise<ActionResult<T>> => {
    // Nothing may escape as an exception: a thrown server action replaces the whole
    // page with the error boundary, and with it the editor a person is typing in.
    try {
      const user = await getCurrentUser();
      if (!user) return { ok: false, error: 'Bitte melde dich an.' };
      const parsed = parseInput(config.input, raw);
      if (!parsed.ok) return parsed;
      const target = await config.target?.(parsed.data);
      if (!(await can(db(), user, config.permission, target))) {
        return { ok: false, error: 'Dafür fehlt dir die Berechtigung.' };
      }
      return { ok: true, data: await config.run({ user, input: parsed.data }) };
    } catch (error) {
      if (error instanceof ActionError) return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
      if (isDatabaseUnavailable(error) || isTransactionTimeout(error)) {
        console.error(`Aktion ${config.name}: Datenbank nicht erreichbar oder ausgelastet:`, error instanceof Error ? error.message : error);
        return {
          ok: false,
          retryable: true,
          error: 'Die Datenbank ist gerade nicht erreichbar. Deine Eingaben sind nicht verloren; es wird gleich noch einmal versucht.',
        };
      }
      const known = databaseMessage(error);
      if (known) return { ok: false, error: known };
      console.error(`Aktion ${config.name} fehlgeschlagen:`, error);
      return { ok: false, error: 'Das hat nicht geklappt. Bitte versuche es noch einmal; deine Eingaben sind nicht verloren.' };
    }
  };
  return Object.assign(action, { actionName: config.name, permission: config.permission });
}
