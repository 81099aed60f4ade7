import type { Metadata } from 'next';
import Link from 'next/link';
import { SetupForm } from '@/components/auth/setup-form';
import { setupTokenMessages } from '@/lib/users/first-host';
import { getSetupTokenState } from '@/lib/users/queries';

export const metadata: Metadata = { title: 'Rewatch einrichten', robots: { index: false } };

type Props = { params: Promise<{ token: string }> };

export default async function SetupPage({ params }: Props) {
  const { token } = await params;
  const state = await getSetupTokenState(token);
  if (state !== 'valid') {
    return (
      <>
        <h1>Einrichtung nicht möglich</h1>
        <p role="alert">{setupTokenMessages[state]}</p>
        <p>
          <Link href="/anmelden">Zur Anmeldung</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Rewatch einrichten</h1>
      <p className="muted">Lege den ersten Host-Zugang an. Weitere Hosts und Gäste lädst du danach im Studio ein.</p>
      <SetupForm token={token} />
    </>
  );
}
