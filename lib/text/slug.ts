import slugify from '@sindresorhus/slugify';

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
