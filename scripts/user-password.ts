// npm run user:password -- --email <adresse>
// Sets a new password for an existing account, read from standard input like user:create.
// Needed after restoring an archive: the export holds no password hashes (docs/backup.md).
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { hashPassword } from '@/lib/auth/password';
import { email, passwordMinLength } from '@/lib/auth/schema';
import { runScript } from '@/lib/cli/run-script';
import { createDb } from '@/lib/db/client';
import { closeOnSignals, connectDatabase } from '@/lib/db/connection';
import { applyMigrations } from '@/lib/db/migrations';

async function readPassword(): Promise<string> {
  const reader = createInterface({ input: process.stdin, output: process.stdin.isTTY ? process.stdout : undefined });
  const password = await reader.question(process.stdin.isTTY ? 'Neues Passwort: ' : '');
  reader.close();
  return password.trim();
}

runScript(async () => {
  const { values } = parseArgs({ options: { email: { type: 'string' } } });
  const address = email.safeParse(values.email ?? '');
  if (!address.success) {
    console.error(address.error.issues.map((issue) => issue.message).join('\n'));
    console.error('Aufruf: npm run user:password -- --email chris@example.org   (Passwort über die Eingabe)');
    return 2;
  }
  const password = await readPassword();
  if (password.length < passwordMinLength) throw new Error(`Das Passwort braucht mindestens ${passwordMinLength} Zeichen.`);
  const connection = await connectDatabase();
  closeOnSignals(connection.close);
  const db = createDb(connection.url, { max: 2 });
  try {
    await applyMigrations(connection.url);
    const user = await db.user.findUnique({ where: { email: address.data }, select: { id: true, email: true, name: true } });
    if (!user) throw new Error(`Für ${address.data} gibt es keinen Zugang.`);
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
    console.log(`Neues Passwort für ${user.name} <${user.email}> gesetzt.`);
  } finally {
    await db.$disconnect();
    await connection.close();
  }
});
