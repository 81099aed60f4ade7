import { z } from 'zod';

const seasonNumber = z.coerce.number().int().min(1).max(99);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(200);

/** A season number from a URL segment, or null for anything else ("abc", "-1", "1e3"). */
export function parseSeasonParam(value: string): number | null {
  if (!/^\d{1,2}$/.test(value)) return null;
  const result = seasonNumber.safeParse(value);
  return result.success ? result.data : null;
}

/** A slug from a URL segment, or null when it cannot be one of ours. */
export function parseSlugParam(value: string): string | null {
  const result = slug.safeParse(value);
  return result.success ? result.data : null;
}
