import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 exports its Algorithm enum as an ambient const enum, which
// isolated modules cannot read; 2 is its value for Argon2id.
const argon2id = 2;

// Argon2id with OWASP's recommended minimum (Password Storage Cheat Sheet, 2025):
// m = 19 MiB, t = 2 iterations, p = 1. About 30 ms here, cheap for a person,
// expensive for an attacker with a stolen database.
const options = { algorithm: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;


export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

// A real hash to verify against when the e-mail is unknown, so the response time
// does not tell an attacker which addresses have accounts.
const dummyHash = hash('rewatch-dummy-password', options);

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (!storedHash) {
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
