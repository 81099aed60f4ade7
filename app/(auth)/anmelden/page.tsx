import type { Metadata } from 'next';
import { SignInForm } from '@/components/auth/sign-in-form';
import { safeCallbackUrl } from '@/lib/auth/callback-url';

export const metadata: Metadata = { title: 'Anmelden', robots: { index: false } };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  return (
    <>
      <h1>Anmelden</h1>
      <p className="muted">Für Chris, Nils und eingeladene Gäste.</p>
      <SignInForm callbackUrl={callbackUrl} />
    </>
  );
}
