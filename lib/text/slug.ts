import slugify from '@sindresorhus/slugify';

/** What every slug of ours looks like: a–z, 0–9 and single hyphens, never "../" or an encoded character. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The longest slug anything accepts (URLs, backups, editor references). */
export const maxSlugLength = 200;

export const isSlug = (value: string): boolean => value.length <= maxSlugLength && slugPattern.test(value);

/** URL slug in German style: "Carrie & Big" → "carrie-und-big", "Mirandas Schwangerschaft" → "mirandas-schwangerschaft". */
export function toSlug(text: string): string {
  return slugify(text, { customReplacements: [['&', ' und ']] });
}

export function episodeCode(season: number, episode: number): string {
  return `S${String(season).padStart(2, '0')}E${String(episode).padStart(2, '0')}`;
}

export function episodeSlug(season: number, episode: number, title: string): string {
  return `${episodeCode(season, episode).toLowerCase()}-${toSlug(title)}`;
}
