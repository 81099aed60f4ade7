import { createInterface } from 'node:readline/promises';
import { passwordMinLength } from '@/lib/auth/schema';

/**
 * Reads a new password from standard input: typed at a prompt, or piped in
 * (`… < passwort.txt`). Never from the command line, where it would end up in the
 * shell history.
 */
export async function readNewPassword(prompt: string): Promise<string> {
  const reader = createInterface({ input: process.stdin, output: process.stdin.isTTY ? process.stdout : undefined });
  const password = (await reader.question(process.stdin.isTTY ? prompt : '')).trim();
  reader.close();
  if (password.length < passwordMinLength) throw new Error(`Das Passwort braucht mindestens ${passwordMinLength} Zeichen.`);
  return password;
}
