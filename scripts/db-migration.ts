// npm run db:migration -- <name> — writes the next migration: the SQL that takes a
// scratch database with every existing migration applied to prisma/schema.prisma.
import { runScript } from '@/lib/cli/run-script';
import { env } from '@/lib/env';
import { applyMigrations, diffSchemaFromDatabase, writeMigration } from '@/lib/db/migrations';
import { createScratchDatabase } from '@/lib/db/scratch';

runScript(async () => {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error('Aufruf: npm run db:migration -- <name>   (Name aus a-z, 0-9 und _)');
    return 2;
  }
  const scratch = await createScratchDatabase(env.DATABASE_URL);
  try {
    await applyMigrations(scratch.url);
    const sql = await diffSchemaFromDatabase(scratch.url);
    if (!sql) {
      console.log('Keine Änderung: das Schema entspricht schon den Migrationen.');
      return;
    }
    const folder = await writeMigration(name, sql);
    console.log(`Neue Migration: prisma/migrations/${folder}/migration.sql`);
  } finally {
    await scratch.drop();
  }
});
