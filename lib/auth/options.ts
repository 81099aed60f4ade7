import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { signInWithPassword } from './sign-in';

export const sessionMaxAgeSeconds = 12 * 60 * 60;

// JWT sessions (the credentials provider needs them) that expire after 12 hours.
// The token only names the user: every request loads the user again (lib/auth/session.ts),
// so a disabled account or revoked access takes effect on the next request.
export const authOptions: AuthOptions = {
  session: { strategy: 'jwt', maxAge: sessionMaxAgeSeconds, updateAge: 60 * 60 },
  jwt: { maxAge: sessionMaxAgeSeconds },
  pages: { signIn: '/anmelden', error: '/anmelden' },
  providers: [
    CredentialsProvider({
      name: 'E-Mail und Passwort',
      credentials: { email: { label: 'E-Mail', type: 'email' }, password: { label: 'Passwort', type: 'password' } },
      async authorize(credentials, request) {
        const forwarded = request.headers?.['x-forwarded-for'];
        const ip = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim() || 'lokal';
        const result = await signInWithPassword({ email: credentials?.email ?? '', password: credentials?.password ?? '', ip }).catch(
          (error: unknown) => {
            console.error('Anmeldung fehlgeschlagen:', error);
            return { ok: false as const, error: 'Die Anmeldung ist gerade nicht möglich. Bitte versuche es gleich noch einmal.' };
          },
        );
        // next-auth passes a thrown error's message to the client as `error`; only our German messages get there.
        if (!result.ok) throw new Error(result.error);
        return { id: String(result.user.id), email: result.user.email, name: result.user.name };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub };
    },
  },
};
