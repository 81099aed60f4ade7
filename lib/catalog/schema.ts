import { z } from 'zod';

// Shapes of the catalog files in data/seed (episodes, characters, storylines).

export const episodesFile = z.object({
  show: z.object({ title: z.string().min(1), network: z.string().optional() }),
  episodes: z
    .array(
      z.object({
        season: z.number().int().min(1),
        number: z.number().int().min(1),
        title: z.string().min(1),
        airDate: z.iso.date().optional(),
        airDateVerified: z.boolean().default(true),
      }),
    )
    .min(1),
});

const characterKind = z.enum(['main', 'recurring', 'guest']);

export const charactersFile = z.object({
  show: z.string().min(1),
  characters: z.array(
    z.object({
      name: z.string().min(1),
      short: z.string().min(1),
      aliases: z.array(z.string().min(1)).default([]),
      kind: characterKind.default('recurring'),
      note: z.string().optional(),
      description: z.string().optional(),
    }),
  ),
  storylines: z.array(
    z.object({
      title: z.string().min(1),
      description: z.string().optional(),
      characters: z.array(z.string().min(1)),
    }),
  ),
});

export type EpisodesFile = z.infer<typeof episodesFile>;
export type CharactersFile = z.infer<typeof charactersFile>;
export type Catalog = { episodes: EpisodesFile; characters: CharactersFile };
