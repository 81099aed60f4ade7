import { recordAudit } from '@/lib/audit/record';
import type { Db } from '@/lib/db/client';
import type { Tx } from '@/lib/db/types';
import { generateToken, hashToken, isExpired, isWellFormedToken, setupTokenLifetimeMs } from '@/lib/auth/tokens';
import { createUser } from './create-user';

export async function hasHost(db: Tx): Promise<boolean> {
  return (await db.user.count({ where: { role: 'HOST' } })) > 0;
}

/**
 * A new one-time setup token for the first host, or null when a host exists.
 * Earlier unused tokens stop working, so only the link printed last is valid.
 */
export async function issueSetupToken(db: Db, now = new Date()): Promise<string | null> {
  if (await hasHost(db)) return null;
  const token = generateToken();
  await db.$transaction([
    db.setupToken.deleteMany({ where: { usedAt: null } }),
    db.setupToken.create({ data: { tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + setupTokenLifetimeMs) } }),
  ]);
  return token;
}

export type SetupTokenState = 'valid' | 'invalid' | 'expired' | 'used' | 'host-exists';

export async function setupTokenState(db: Tx, token: string, now = new Date()): Promise<SetupTokenState> {
  if (await hasHost(db)) return 'host-exists';
  if (!isWellFormedToken(token)) return 'invalid';
  const row = await db.setupToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row) return 'invalid';
  if (row.usedAt) return 'used';
  return isExpired(row.expiresAt, now) ? 'expired' : 'valid';
}

export const setupTokenMessages: Record<Exclude<SetupTokenState, 'valid'>, string> = {
  invalid: 'Dieser Einrichtungslink ist ungültig. Starte Rewatch neu, um einen neuen zu erhalten.',
  expired: 'Dieser Einrichtungslink ist abgelaufen. Starte Rewatch neu, um einen neuen zu erhalten.',
  used: 'Dieser Einrichtungslink wurde schon benutzt.',
  'host-exists': 'Rewatch ist schon eingerichtet. Bitte melde dich an.',
};

/** Uses the token and creates the first host in one transaction; a second use fails. */
export async function createFirstHostWithToken(
  db: Db,
  input: { token: string; name: string; email: string; password: string; ip: string },
): Promise<{ ok: true } | { ok: false; error: string }> {
  return db.$transaction(async (tx) => {
    const state = await setupTokenState(tx, input.token);
    if (state !== 'valid') return { ok: false as const, error: setupTokenMessages[state] };
    // Marking the token used with a guard on usedAt makes a parallel second use fail here.
    const used = await tx.setupToken.updateMany({
      where: { tokenHash: hashToken(input.token), usedAt: null },
      data: { usedAt: new Date() },
    });
    if (used.count !== 1) return { ok: false as const, error: setupTokenMessages.used };
    const user = await createUser(tx, { email: input.email, name: input.name, password: input.password, role: 'HOST' });
    await recordAudit(tx, { actor: user, action: 'auth.setup_host', target: { type: 'user', id: user.id }, ip: input.ip });
    return { ok: true as const };
  });
}
