'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field, FormError } from '@/components/ui/field';
import { NewPasswordFields } from './new-password-fields';
import { setupFirstHost } from '@/lib/users/actions';
import { createFirstHost, type CreateFirstHostInput } from '@/lib/users/schema';

export function SetupForm({ token }: { token: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<CreateFirstHostInput>({
    resolver: zodResolver(createFirstHost),
    defaultValues: { token, name: '', email: '', password: '', passwordConfirm: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await setupFirstHost(values);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    router.push('/anmelden?eingerichtet=1');
  });

  return (
    <form onSubmit={submit} noValidate className="stack">
      <FormError message={error} />
      <Field label="Name" autoComplete="name" error={errors.name?.message} {...form.register('name')} />
      <Field label="E-Mail" type="email" autoComplete="email" error={errors.email?.message} {...form.register('email')} />
      <NewPasswordFields register={form.register} errors={errors} />
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? 'Wird eingerichtet …' : 'Host-Zugang anlegen'}
      </button>
    </form>
  );
}
