'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { signIn as nextAuthSignIn } from 'next-auth/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field, FormError } from '@/components/ui/field';
import { NewPasswordFields } from './new-password-fields';
import { acceptInvitationAction } from '@/lib/invitations/actions';
import { acceptInvitationAsNewUser, type AcceptInvitationAsNewUserInput } from '@/lib/invitations/schema';

/** A new guest chooses name and password; the account is created and signed in. */
export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<AcceptInvitationAsNewUserInput>({
    resolver: zodResolver(acceptInvitationAsNewUser),
    defaultValues: { token, name: '', password: '', passwordConfirm: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await acceptInvitationAction(values);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    const signedIn = await nextAuthSignIn('credentials', { email, password: values.password, redirect: false });
    router.push(signedIn?.ok ? '/studio' : '/anmelden');
    router.refresh();
  });

  return (
    <form onSubmit={submit} noValidate className="stack">
      <FormError message={error} />
      <Field label="E-Mail" name="email-display" value={email} readOnly disabled />
      <Field label="Dein Name" autoComplete="name" error={errors.name?.message} {...form.register('name')} />
      <NewPasswordFields register={form.register} errors={errors} />
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? 'Zugang wird angelegt …' : 'Einladung annehmen'}
      </button>
    </form>
  );
}

/** A signed-in person adds the invitation's episodes to their access. */
export function AcceptAsSignedInButton({ token }: { token: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="stack">
      <FormError message={error} />
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const result = await acceptInvitationAction({ token });
          setBusy(false);
          if (!result.ok) setError(result.error);
          else router.push('/studio');
        }}
      >
        Folgen zu meinem Zugang hinzufügen
      </button>
    </div>
  );
}
