'use server';

import { de } from 'zod/locales';
import type { ActionResult } from '@/lib/actions/define-action';
import { requestIp } from '@/lib/actions/request-ip';
import { db } from '@/lib/db/client';
import { acceptInvitation } from '@/lib/invitations/accept';
import { RateLimitedError, rateLimits } from './rate-limit';
import { acceptInvitationAsNewUser, createFirstHost as createFirstHostSchema } from './schema';
import { getCurrentUser } from './session';
import { createFirstHostWithToken } from './setup';

// The two actions a person without an account may call: the token in the link is
// their credential. Both are rate-limited per IP (and per invitation), and refuse
// anything but a valid, unused, unexpired token.

function invalid(issues: { path: PropertyKey[]; message: string }[]): ActionResult<never> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues) (fieldErrors[issue.path.join('.') || '_'] ??= []).push(issue.message);
  return { ok: false, error: issues[0]?.message ?? 'Bitte prüfe deine Eingaben.', fieldErrors };
}

async function limited<T>(checks: Parameters<ReturnType<typeof rateLimits>['check']>[0], work: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
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

export async function setupFirstHost(raw: unknown): Promise<ActionResult<null>> {
  const ip = await requestIp();
  return limited([['setupIp', ip]], async () => {
    const parsed = createFirstHostSchema.safeParse(raw, { error: de().localeError });
    if (!parsed.success) return invalid(parsed.error.issues);
    const result = await createFirstHostWithToken(db(), { ...parsed.data, ip });
    return result.ok ? { ok: true, data: null } : result;
  });
}

/** Accepts as the signed-in user when there is one, otherwise creates the guest account. */
export async function acceptInvitationAction(raw: unknown): Promise<ActionResult<{ email: string; existing: boolean }>> {
  const ip = await requestIp();
  const token = typeof raw === 'object' && raw !== null && 'token' in raw ? String(raw.token).slice(0, 100) : '';
  return limited<{ email: string; existing: boolean }>(
    [
      ['invitationIp', ip],
      ['invitationToken', token || 'leer'],
    ],
    async () => {
      const user = await getCurrentUser();
      if (user) {
        const result = await acceptInvitation(db(), token, { kind: 'existing-user', userId: user.id }, ip);
        return result.ok ? { ok: true, data: { email: result.email, existing: true } } : result;
      }
      const parsed = acceptInvitationAsNewUser.safeParse(raw, { error: de().localeError });
      if (!parsed.success) return invalid(parsed.error.issues);
      const result = await acceptInvitation(db(), token, { kind: 'new-user', name: parsed.data.name, password: parsed.data.password }, ip);
      return result.ok ? { ok: true, data: { email: result.email, existing: false } } : result;
    },
  );
}
