import { importSeed } from '@/lib/seed/import-seed';
import { createUser } from '@/lib/users/create-user';
import { freshDatabase, type TestDatabase } from './database';

/** A seeded database (the caller installs it with useDb) with one host and one guest (invited to nothing yet), for studio action tests. */
export async function studioDatabase(): Promise<{ database: TestDatabase; hostId: number; guestId: number }> {
  const database = await freshDatabase();
  await importSeed(database.db);
  const host = await createUser(database.db, { email: 'host@example.org', name: 'Host', password: 'ein-langes-passwort', role: 'HOST' });
  const guest = await createUser(database.db, { email: 'gast@example.org', name: 'Gast', password: 'ein-langes-passwort', role: 'GUEST' });
  return { database, hostId: host.id, guestId: guest.id };
}
