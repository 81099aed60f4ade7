import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Field } from '@/components/ui/field';
import { passwordMinLength } from '@/lib/auth/schema';

type PasswordValues = { password: string; passwordConfirm: string };

/** Password and its repetition, for every form that creates an account. */
export function NewPasswordFields<T extends PasswordValues>({ register, errors }: { register: UseFormRegister<T>; errors: FieldErrors<T> }) {
  // The two field names exist on every T by the constraint; react-hook-form's path types cannot see that.
  const registerField = register as unknown as UseFormRegister<PasswordValues>;
  const fieldErrors = errors as FieldErrors<PasswordValues>;
  return (
    <>
      <Field
        label="Passwort"
        type="password"
        autoComplete="new-password"
        hint={`Mindestens ${passwordMinLength} Zeichen.`}
        error={fieldErrors.password?.message}
        {...registerField('password')}
      />
      <Field
        label="Passwort wiederholen"
        type="password"
        autoComplete="new-password"
        error={fieldErrors.passwordConfirm?.message}
        {...registerField('passwordConfirm')}
      />
    </>
  );
}
