// npm run user:create -- --role host|guest --email <adresse> --name <name>
// The password is read from standard input (never from the command line, where it
// would end up in the shell history): `npm run user:create -- … < passwort.txt`
// or typed at the prompt.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { recordAudit } from '@/lib/audit/record';
import { email, passwordMinLength } from '@/lib/auth/schema';
import { runScript } from '@/lib/cli/run-script';
import { createDb } from '@/lib/db/client';
import { closeOnSignals, connectDatabase } from '@/lib/db/connection';
import { applyMigrations } from '@/lib/db/migrations';
import { createUser } from '@/lib/users/create-user';

const args = z.object({
  role: z.enum(['host', 'guest'], 'Bitte --role host oder --role guest angeben.'),
  email,
  name: z.string().trim().min(1, 'Bitte --name angeben.').max(80),
});

async function readPassword(): Promise<string> {
  const reader = createInterface({ input: process.stdin, output: process.stdin.isTTY ? process.stdout : undefined });
  const password = await reader.question(process.stdin.isTTY ? 'Passwort: ' : '');
  reader.close();
  return password.trim();
}

runScript(async () => {
  const { values } = parseArgs({ options: { role: { type: 'string' }, email: { type: 'string' }, name: { type: 'string' } } });
  const parsed = args.safeParse(values);
  if (!parsed.success) {
    console.error(parsed.error.issues.map((issue) => issue.message).join('\n'));
    console.error('Aufruf: npm run user:create -- --role host --email chris@example.org --name Chris   (Passwort über die Eingabe)');
    return 2;
  }
  const password = await readPassword();
  if (password.length < passwordMinLength) throw new Error(`Das Passwort braucht mindestens ${passwordMinLength} Zeichen.`);
  const connection = await connectDatabase();
  closeOnSignals(connection.close);
  const db = createDb(connection.url, { max: 2 });
  try {
    await applyMigrations(connection.url);
    if (await db.user.findUnique({ where: { email: parsed.data.email } })) throw new Error(`Für ${parsed.data.email} gibt es schon einen Zugang.`);
    const role = parsed.data.role === 'host' ? 'HOST' : 'GUEST';
    const user = await createUser(db, { email: parsed.data.email, name: parsed.data.name, password, role });
    await recordAudit(db, { actor: null, actorLabel: 'Kommandozeile', action: 'user.created', target: { type: 'user', id: user.id }, details: { role } });
    console.log(`Zugang angelegt: ${user.name} <${user.email}> als ${role === 'HOST' ? 'Host' : 'Gast'}.`);
  } finally {
    await db.$disconnect();
    await connection.close();
  }
});
