import { Prisma } from '@/lib/generated/prisma/client';

// Error codes of a database that is down or restarting (connection refused, shut
// down by the administrator, too many connections, connection lost), as Prisma's
// driver adapter and pg report them.
const unavailableCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P02', '57P03', '53300', '08006', '08001', 'P1001', 'P1017']);

function codesOf(error: unknown, depth = 0): string[] {
  if (!error || typeof error !== 'object' || depth > 4) return [];
  const record = error as { code?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
  return [
    ...(typeof record.code === 'string' ? [record.code] : []),
    ...codesOf(record.cause, depth + 1),
    ...codesOf(record.meta?.driverAdapterError, depth + 1),
  ];
}

/** True when `error` means the database cannot be reached right now (as opposed to a bug). */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (codesOf(error).some((code) => unavailableCodes.has(code))) return true;
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED|Can't reach database server/i.test(message);
}
