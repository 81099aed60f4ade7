import { recordAudit } from '@/lib/audit/record';
import { db } from '@/lib/db/client';
import { verifyPassword } from './password';
import { RateLimitedError, rateLimits } from './rate-limit';
import { signIn } from './schema';

export type SignInResult = { ok: true; user: { id: number; email: string; name: string } } | { ok: false; error: string };

const wrongCredentials = 'E-Mail-Adresse oder Passwort stimmen nicht.';

/**
 * Checks e-mail and password. The same message for an unknown address and a wrong
 * password (and the same work: a dummy hash is verified), so nobody learns which
 * addresses have accounts. Failed attempts count per address and per IP.
 */
export async function signInWithPassword(input: { email: string; password: string; ip: string }): Promise<SignInResult> {
  const parsed = signIn.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? wrongCredentials };
  const { email, password } = parsed.data;
  const limits = rateLimits();
  const keys: Parameters<typeof limits.check>[0] = [
    ['signInAccount', email],
    ['signInIp', input.ip],
  ];
  try {
    await limits.check(keys);
  } catch (error) {
    if (error instanceof RateLimitedError) return { ok: false, error: error.message };
    throw error;
  }

  const user = await db().user.findUnique({ where: { email } });
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid) {
    await limits.fail(keys);
    await recordAudit(db(), {
      actor: null,
      actorLabel: email,
      action: 'auth.sign_in_failed',
      ip: input.ip,
      details: { reason: user ? 'Passwort falsch' : 'unbekannte Adresse' },
    });
    return { ok: false, error: wrongCredentials };
  }
  if (user.disabledAt) {
    return { ok: false, error: 'Dieser Zugang ist deaktiviert. Bitte wende dich an Chris oder Nils.' };
  }
  await limits.reset('signInAccount', email);
  await db().user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await recordAudit(db(), { actor: user, action: 'auth.sign_in', ip: input.ip });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
