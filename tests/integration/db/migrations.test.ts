import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, diffSchemaFromDatabase, migrationsDir, schemaPath } from '@/lib/db/migrations';
import { freshDatabase, type TestDatabase } from '@/tests/helpers/database';

// The tables prisma/schema.prisma declares; the migrations must create every one.
const modelTables = [
  'Show',
  'Season',
  'Episode',
  'Character',
  'Storyline',
  'StorylineCharacter',
  'Recap',
  'RecapRevision',
  'RecapCharacter',
  'RecapStoryline',
];

async function migrationFolders(): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

async function publicTables(database: TestDatabase): Promise<string[]> {
  const rows = await database.db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
    ORDER BY table_name`;
  return rows.map((row) => row.table_name);
}

describe('migrations', () => {
  let database: TestDatabase;
  let folders: string[];

  beforeAll(async () => {
    database = await freshDatabase({ migrate: false });
    folders = await migrationFolders();
  });
  afterAll(async () => {
    await database?.cleanup();
  });

  it('has at least one migration folder to apply', () => {
    expect(folders.length).toBeGreaterThan(0);
  });

  it('apply every migration to an empty database and create every model table', async () => {
    expect(await publicTables(database)).toEqual([]);

    const applied = await applyMigrations(database.url);

    expect(applied).toEqual(folders);
    expect(await publicTables(database)).toEqual(expect.arrayContaining([...modelTables, '_prisma_migrations']));
  });

  it('apply nothing the second time (idempotent)', async () => {
    expect(await applyMigrations(database.url)).toEqual([]);
  });

  it('are recorded in _prisma_migrations by folder name, finished and not rolled back', async () => {
    const rows = await database.db.$queryRaw<{ migration_name: string; finished: boolean; rolled_back: boolean }[]>`
      SELECT migration_name, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back
      FROM _prisma_migrations ORDER BY migration_name`;
    expect(rows.map((row) => row.migration_name)).toEqual(folders);
    expect(rows.every((row) => row.finished && !row.rolled_back)).toBe(true);
  });

  it('leave no drift: the migrated database matches prisma/schema.prisma', async () => {
    expect(await diffSchemaFromDatabase(database.url)).toBe('');
  });

  describe('the drift check', () => {
    let tempDir: string;
    beforeAll(async () => {
      tempDir = await mkdtemp(path.join(tmpdir(), 'rewatch-schema-'));
    });
    afterAll(async () => {
      await rm(tempDir, { recursive: true, force: true });
    });

    it('reports a field the schema has but the migrations lack', async () => {
      const schema = await readFile(schemaPath, 'utf8');
      const episodeModel = /model Episode \{\n/;
      expect(schema).toMatch(episodeModel);
      const drifted = schema.replace(episodeModel, (header) => `${header}  driftProbe String?\n`);
      const tempSchema = path.join(tempDir, 'schema.prisma');
      await writeFile(tempSchema, drifted);

      const sql = await diffSchemaFromDatabase(database.url, tempSchema);

      expect(sql).toMatch(/ALTER TABLE "Episode"/);
      expect(sql).toContain('"driftProbe"');
    });

    it('reports a column the database has but the schema lacks', async () => {
      // Runs last in this file: it leaves the database drifted on purpose.
      await database.db.$executeRawUnsafe('ALTER TABLE "Recap" ADD COLUMN "handEdited" TEXT');

      const sql = await diffSchemaFromDatabase(database.url);

      expect(sql).toMatch(/ALTER TABLE "Recap"/);
      expect(sql).toContain('"handEdited"');
    });
  });
});
