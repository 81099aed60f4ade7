import { Prisma } from '@/lib/generated/prisma/client';

/** A recap listeners may see: published, with a publish time that has come. */
export function publicRecapWhere(now = new Date()): Prisma.RecapWhereInput {
  return { status: 'PUBLISHED', publishedAt: { lte: now }, episodeId: { not: null } };
}

/**
 * The same rule as a condition on "Recap" AS r, for raw SQL (search). Timestamps are UTC
 * wall time in a column without time zone, as Prisma writes them.
 */
export function publicRecapSql(now = new Date()): Prisma.Sql {
  return Prisma.sql`r."status" = 'PUBLISHED' AND r."publishedAt" <= ${now.toISOString()}::timestamp(3) AND r."episodeId" IS NOT NULL`;
}

/**
 * How many recaps listeners may not see, as an SQL scalar: an upper bound (a recap hidden for
 * two reasons counts twice), each reason a range of an index, each counted up to `cap + 1`.
 * A result above `cap` means "too many to say".
 */
export function hiddenRecapCountSql(cap: number, now = new Date()): Prisma.Sql {
  const at = Prisma.sql`${now.toISOString()}::timestamp(3)`;
  const count = (where: Prisma.Sql) => Prisma.sql`(SELECT count(*) FROM (SELECT 1 FROM "Recap" r WHERE ${where} LIMIT ${cap + 1}) AS h)`;
  // Drafts and recaps in review sort before PUBLISHED in the enum, so the status index has them as one range.
  return Prisma.sql`(${count(Prisma.sql`r."status" < 'PUBLISHED'`)}
    + ${count(Prisma.sql`r."status" = 'PUBLISHED' AND (r."publishedAt" > ${at} OR r."publishedAt" IS NULL)`)}
    + ${count(Prisma.sql`r."episodeId" IS NULL`)})`;
}

/** Episodes whose recap listeners may see. */
export function publicEpisodeWhere(now = new Date()): Prisma.EpisodeWhereInput {
  return { recap: { is: publicRecapWhere(now) } };
}

/** Fields needed to decide visibility in code, for to-one relations Prisma cannot filter. */
export const visibilitySelect = { status: true, publishedAt: true } as const;

export function isPublicRecap(recap: { status: string; publishedAt: Date | null } | null, now = new Date()): boolean {
  return recap !== null && recap.status === 'PUBLISHED' && recap.publishedAt !== null && recap.publishedAt <= now;
}
