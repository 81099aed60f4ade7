'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { signIn as nextAuthSignIn } from 'next-auth/react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field, FormError } from '@/components/ui/field';
import { signIn, type SignInInput } from '@/lib/auth/schema';

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<SignInInput>({ resolver: zodResolver(signIn), defaultValues: { email: '', password: '' } });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await nextAuthSignIn('credentials', { ...values, redirect: false });
    if (!result || result.error) {
      setError(result?.error && result.error !== 'CredentialsSignin' ? result.error : 'Die Anmeldung hat nicht geklappt.');
      return;
    }
    router.push(callbackUrl);
    router.refresh();
  });

  return (
    <form onSubmit={submit} noValidate className="stack">
      <FormError message={error} />
      <Field label="E-Mail" type="email" autoComplete="email" error={errors.email?.message} {...form.register('email')} />
      <Field label="Passwort" type="password" autoComplete="current-password" error={errors.password?.message} {...form.register('password')} />
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? 'Anmelden …' : 'Anmelden'}
      </button>
    </form>
  );
}
