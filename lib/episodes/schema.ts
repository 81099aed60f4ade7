import { z } from 'zod';
import { slugPattern } from '@/lib/text/slug';

const id = z.coerce.number().int().positive();

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  // Round-tripping rejects dates like 2024-02-30 that Date would roll over.
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * The editor page's metadata form. Every field is a string as the form holds it
 * (empty = not set); the action turns them into dates, numbers and nulls.
 */
export const updateEpisodeMetadata = z.object({
  episodeId: id,
  title: z.string().trim().min(1, 'Bitte gib einen Titel ein.').max(200, 'Der Titel darf höchstens 200 Zeichen haben.'),
  slug: z
    .string()
    .trim()
    .max(120, 'Die Adresse darf höchstens 120 Zeichen haben.')
    .refine((value) => value === '' || slugPattern.test(value), 'Nur Kleinbuchstaben, Ziffern und einzelne Bindestriche, z. B. s02e18-ex-and-the-city.'),
  excerpt: z.string().trim().max(400, 'Der Anriss darf höchstens 400 Zeichen haben.'),
  recordedAt: z.string().trim().refine((value) => value === '' || isCalendarDate(value), 'Bitte gib ein gültiges Datum ein.'),
  audioUrl: z
    .string()
    .trim()
    .max(2000, 'Die Adresse ist zu lang.')
    .refine((value) => value === '' || isHttpUrl(value), 'Nur Audio-Adressen mit http:// oder https:// sind erlaubt.'),
  podcastEpisodeNumber: z
    .string()
    .trim()
    .refine((value) => value === '' || (/^\d{1,6}$/.test(value) && Number(value) > 0), 'Bitte gib eine positive ganze Zahl ein.'),
});

export type EpisodeMetadataInput = z.input<typeof updateEpisodeMetadata>;
