import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { type Catalog, charactersFile, episodesFile } from './schema';

export const seedDir = path.resolve(process.cwd(), 'data/seed');

async function readJson<T extends z.ZodType>(file: string, schema: T): Promise<z.infer<T>> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`${path.basename(file)}: kein gültiges JSON (${(error as Error).message})`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${path.basename(file)}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'ungültig'}`);
  }
  return result.data;
}

/** The show's episodes, characters and starter storylines from data/seed. */
export async function loadCatalog(dir = seedDir): Promise<Catalog> {
  const [episodes, characters] = await Promise.all([
    readJson(path.join(dir, 'satc-episodes.json'), episodesFile),
    readJson(path.join(dir, 'satc-characters.json'), charactersFile),
  ]);
  const names = new Set(characters.characters.map((character) => character.name));
  for (const storyline of characters.storylines) {
    const unknown = storyline.characters.find((name) => !names.has(name));
    if (unknown) throw new Error(`satc-characters.json: Handlungsstrang „${storyline.title}“ nennt unbekannte Figur „${unknown}“`);
  }
  return { episodes, characters };
}
