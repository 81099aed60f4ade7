/**
 * Limits for the transactions of a save (autosave, live document). Prisma's defaults (2 s to
 * get a connection, 5 s in all) made saves fail under load that only slowed them: with 200
 * readers and 5 editors on 2 cores a save's statements wait for the CPU between round trips,
 * and a save that fails is sent again, adding to the load (bench/load-with-writers.ts). The
 * studio waits a little longer than this for the answer (components/studio/use-autosave.ts).
 */
export const saveTransaction = { maxWait: 5_000, timeout: 10_000 } as const;
