// npm run user:create -- --role host|guest --email <adresse> --name <name>
// The password is read from standard input (never from the command line, where it
// would end up in the shell history): `npm run user:create -- … < passwort.txt`
// or typed at the prompt.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { recordAudit } from '@/lib/audit/record';
import { email } from '@/lib/auth/schema';
import { runScript } from '@/lib/cli/run-script';
import { withScriptDatabase } from '@/lib/cli/with-database';
import { readNewPassword } from '@/lib/cli/read-password';
import { createUser } from '@/lib/users/create-user';

const args = z.object({
  role: z.enum(['host', 'guest'], 'Bitte --role host oder --role guest angeben.'),
  email,
  name: z.string().trim().min(1, 'Bitte --name angeben.').max(80),
});

runScript(async () => {
  const { values } = parseArgs({ options: { role: { type: 'string' }, email: { type: 'string' }, name: { type: 'string' } } });
  const parsed = args.safeParse(values);
  if (!parsed.success) {
    console.error(parsed.error.issues.map((issue) => issue.message).join('\n'));
    console.error('Aufruf: npm run user:create -- --role host --email chris@example.org --name Chris   (Passwort über die Eingabe)');
    return 2;
  }
  const password = await readNewPassword('Passwort: ');
  await withScriptDatabase(async (db) => {
    if (await db.user.findUnique({ where: { email: parsed.data.email } })) throw new Error(`Für ${parsed.data.email} gibt es schon einen Zugang.`);
    const role = parsed.data.role === 'host' ? 'HOST' : 'GUEST';
    const user = await createUser(db, { email: parsed.data.email, name: parsed.data.name, password, role });
    await recordAudit(db, { actor: null, actorLabel: 'Kommandozeile', action: 'user.created', target: { type: 'user', id: user.id }, details: { role } });
    console.log(`Zugang angelegt: ${user.name} <${user.email}> als ${role === 'HOST' ? 'Host' : 'Gast'}.`);
  });
});
