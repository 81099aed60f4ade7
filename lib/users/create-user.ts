import { hashPassword } from '@/lib/auth/password';
import type { Tx } from '@/lib/db/types';
import type { Role } from '@/lib/generated/prisma/client';

export type NewUser = { email: string; name: string; password: string; role: Role };

/** Creates an account with an Argon2id password hash; the e-mail must already be normalised. */
export async function createUser(db: Tx, user: NewUser) {
  return db.user.create({
    data: { email: user.email, name: user.name, role: user.role, passwordHash: await hashPassword(user.password) },
    select: { id: true, email: true, name: true, role: true },
  });
}
