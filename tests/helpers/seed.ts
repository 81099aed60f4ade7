import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { seedDir } from '@/lib/catalog/load';
import { decodeUtf8 } from '@/lib/importer/entry';
import type { ImportSource } from '@/lib/importer/import-recaps';

export const seedTextFile = 'rewatch-recaps.de.txt';
export const seedMapFile = 'rewatch-recaps.map.tsv';

async function readSeed(name: string): Promise<string> {
  return decodeUtf8(await readFile(path.join(seedDir, name)), name);
}

/** The hosts' recap file with its mapping, as `npm run import` reads them. */
export async function seedSource(): Promise<Extract<ImportSource, { kind: 'text' }> & { map: { file: string; content: string } }> {
  const [content, map] = await Promise.all([readSeed(seedTextFile), readSeed(seedMapFile)]);
  return { kind: 'text', file: seedTextFile, content, map: { file: seedMapFile, content: map } };
}

/** Line `n` (1-based) of the seed recap file, trimmed; throws when it is missing so a test cannot pass on `undefined`. */
export function seedLine(content: string, n: number): string {
  const line = content.replace(/^\uFEFF/, '').split(/\r?\n/)[n - 1]?.trim();
  if (!line) throw new Error(`${seedTextFile} hat keine Zeile ${n}`);
  return line;
}

/** Replaces the text of line `n` (1-based) in the seed file; for building malformed variants. */
export function withSeedLine(content: string, n: number, text: string): string {
  const lines = content.split('\n');
  if (n < 1 || n > lines.length) throw new Error(`${seedTextFile} hat keine Zeile ${n}`);
  lines[n - 1] = text;
  return lines.join('\n');
}
