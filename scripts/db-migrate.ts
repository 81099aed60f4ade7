// npm run db:migrate — applies pending migrations to DATABASE_URL or the embedded database.
import { runScript } from '@/lib/cli/run-script';
import { closeOnSignals, connectDatabase } from '@/lib/db/connection';
import { applyMigrations } from '@/lib/db/migrations';

runScript(async () => {
  const connection = await connectDatabase();
  closeOnSignals(connection.close);
  try {
    const applied = await applyMigrations(connection.url);
    console.log(applied.length ? `Migrationen angewendet: ${applied.join(', ')}` : 'Datenbank ist auf dem neuesten Stand.');
  } finally {
    await connection.close();
  }
});
