import { z } from 'zod';
/** Kept here, not beside the hashing code, so forms in the browser can import it. */
export const passwordMinLength = 10;

// One schema per form, shared by react-hook-form (zodResolver) and the server.

export const email = z
  .string()
  .trim()
  .min(1, 'Bitte gib deine E-Mail-Adresse ein.')
  .max(254, 'Diese E-Mail-Adresse ist zu lang.')
  .pipe(z.email('Das sieht nicht nach einer E-Mail-Adresse aus.'))
  .transform((value) => value.toLowerCase());

export const newPassword = z
  .string()
  .min(passwordMinLength, `Das Passwort braucht mindestens ${passwordMinLength} Zeichen.`)
  .max(200, 'Das Passwort darf höchstens 200 Zeichen lang sein.');

export const personName = z.string().trim().min(1, 'Bitte gib einen Namen ein.').max(80, 'Der Name darf höchstens 80 Zeichen lang sein.');

export const signIn = z.object({
  email,
  password: z.string().min(1, 'Bitte gib dein Passwort ein.').max(200, 'Das Passwort ist zu lang.'),
});

/** For `.refine` on a form with a password and its repetition. */
export const passwordsMatch = {
  check: (value: { password: string; passwordConfirm: string }) => value.password === value.passwordConfirm,
  params: { message: 'Die beiden Passwörter stimmen nicht überein.', path: ['passwordConfirm'] },
};

export type SignInInput = z.input<typeof signIn>;
