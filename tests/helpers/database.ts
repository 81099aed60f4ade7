import { createDb, type Db } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrations';
import { createScratchDatabase } from '@/lib/db/scratch';
import { env } from '@/lib/env';

export type TestDatabase = {
  url: string;
  db: Db;
  /** Migration names applied when the database was created (empty with `migrate: false`). */
  applied: string[];
  /** Disconnects the client and drops the database (or stops the in-memory PGlite). */
  cleanup: () => Promise<void>;
};

/**
 * A fresh database for one integration test file: a new database on the server at
 * DATABASE_URL when it is set (CI), otherwise an in-memory PGlite in this process.
 * Migrated unless `migrate: false` (the migration tests want it empty).
 */
export async function freshDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const scratch = await createScratchDatabase(env.DATABASE_URL, 'rewatch_test');
  let db: Db | undefined;
  try {
    const applied = options.migrate === false ? [] : await applyMigrations(scratch.url);
    db = createDb(scratch.url, { max: 2 });
    const client = db;
    let cleaned: Promise<void> | undefined;
    return {
      url: scratch.url,
      db: client,
      applied,
      cleanup: () => {
        cleaned ??= (async () => {
          try {
            await client.$disconnect();
          } finally {
            await scratch.drop();
          }
        })();
        return cleaned;
      },
    };
  } catch (error) {
    await db?.$disconnect();
    await scratch.drop();
    throw error;
  }
}

export type RowCounts = Record<
  'show' | 'season' | 'episode' | 'character' | 'storyline' | 'recap' | 'revision' | 'recapCharacter' | 'recapStoryline',
  number
>;

/** Rows in every table the importer writes, to prove a run wrote nothing (or exactly what it should). */
export async function countRows(db: Db): Promise<RowCounts> {
  const [show, season, episode, character, storyline, recap, revision, recapCharacter, recapStoryline] = await Promise.all([
    db.show.count(),
    db.season.count(),
    db.episode.count(),
    db.character.count(),
    db.storyline.count(),
    db.recap.count(),
    db.recapRevision.count(),
    db.recapCharacter.count(),
    db.recapStoryline.count(),
  ]);
  return { show, season, episode, character, storyline, recap, revision, recapCharacter, recapStoryline };
}
