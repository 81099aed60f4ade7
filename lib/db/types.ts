import type { Prisma } from '@/lib/generated/prisma/client';

/** A Prisma client or the client of an interactive transaction. */
export type Tx = Prisma.TransactionClient;
