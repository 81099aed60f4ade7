import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadCatalog, seedDir } from '@/lib/catalog/load';
import type { Db } from '@/lib/db/client';
import { decodeUtf8 } from '@/lib/importer/entry';
import { type ImportReport, importRecaps } from '@/lib/importer/import-recaps';

const recapsFile = 'rewatch-recaps.de.txt';
const mapFile = 'rewatch-recaps.map.tsv';

/** Imports the hosts' existing recaps from data/seed through the regular importer. */
export async function importSeed(db: Db, dir = seedDir): Promise<ImportReport> {
  const [recaps, map] = await Promise.all([readFile(path.join(dir, recapsFile)), readFile(path.join(dir, mapFile))]);
  return importRecaps(
    db,
    {
      kind: 'text',
      file: recapsFile,
      content: decodeUtf8(recaps, recapsFile),
      map: { file: mapFile, content: decodeUtf8(map, mapFile) },
    },
    { catalog: await loadCatalog(dir) },
  );
}

/** True on a database that has never been imported into (no show yet). */
export async function isEmptyArchive(db: Db): Promise<boolean> {
  return (await db.show.count()) === 0;
}

/** Changes whenever the archive's content does: a new database, an import, an edited recap. */
export async function archiveDataVersion(db: Db): Promise<string> {
  const [show, recaps, characters, storylines, episodes] = await Promise.all([
    db.show.aggregate({ _min: { createdAt: true } }),
    db.recap.aggregate({ _max: { updatedAt: true }, _count: true }),
    db.character.count(),
    db.storyline.count(),
    db.episode.count(),
  ]);
  return JSON.stringify([show._min.createdAt, recaps._max.updatedAt, recaps._count, characters, storylines, episodes]);
}
