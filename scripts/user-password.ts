// npm run user:password -- --email <adresse>
// Sets a new password for an existing account, read from standard input like user:create.
// Needed after restoring an archive: the export holds no password hashes (docs/backup.md).
import { parseArgs } from 'node:util';
import { hashPassword } from '@/lib/auth/password';
import { email } from '@/lib/auth/schema';
import { runScript } from '@/lib/cli/run-script';
import { withScriptDatabase } from '@/lib/cli/with-database';
import { readNewPassword } from '@/lib/cli/read-password';

runScript(async () => {
  const { values } = parseArgs({ options: { email: { type: 'string' } } });
  const address = email.safeParse(values.email ?? '');
  if (!address.success) {
    console.error(address.error.issues.map((issue) => issue.message).join('\n'));
    console.error('Aufruf: npm run user:password -- --email chris@example.org   (Passwort über die Eingabe)');
    return 2;
  }
  const password = await readNewPassword('Neues Passwort: ');
  await withScriptDatabase(async (db) => {
    const user = await db.user.findUnique({ where: { email: address.data }, select: { id: true, email: true, name: true } });
    if (!user) throw new Error(`Für ${address.data} gibt es keinen Zugang.`);
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
    console.log(`Neues Passwort für ${user.name} <${user.email}> gesetzt.`);
  });
});
