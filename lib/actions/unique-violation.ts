import { Prisma } from '@/lib/generated/prisma/client';

/**
 * Whether a write failed on a unique index. The pre-checks in the actions give the
 * specific German message; this catches the race where two hosts save at once.
 */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}
