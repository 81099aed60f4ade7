import type { Metadata } from 'next';
import { SignInForm } from '@/components/auth/sign-in-form';

export const metadata: Metadata = { title: 'Anmelden', robots: { index: false } };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

// Only paths on this site: an absolute or protocol-relative URL would be an open redirect.
function safeCallback(value: string | string[] | undefined): string {
  const url = Array.isArray(value) ? value[0] : value;
  return url && /^\/(?!\/)/.test(url) ? url : '/studio';
}

export default async function SignInPage({ searchParams }: Props) {
  const callbackUrl = safeCallback((await searchParams).callbackUrl);
  return (
    <>
      <h1>Anmelden</h1>
      <p className="muted">Für Chris, Nils und eingeladene Gäste.</p>
      <SignInForm callbackUrl={callbackUrl} />
    </>
  );
}
