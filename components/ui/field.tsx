import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';

type DescribedProps = { label: string; error?: string; hint?: string };

/** Label, hint and error around a form control; the error is announced to screen readers. */
function Described({ id, label, error, hint, children }: DescribedProps & { id: string; children: (describedBy: string | undefined) => ReactNode }) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(describedBy || undefined)}
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled input. */
export function Field({ label, name, error, hint, id, ...input }: InputHTMLAttributes<HTMLInputElement> & DescribedProps & { name: string }) {
  const inputId = id ?? `field-${name}`;
  return (
    <Described id={inputId} label={label} error={error} hint={hint}>
      {(describedBy) => <input id={inputId} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />}
    </Described>
  );
}

/** A labelled text area. */
export function TextAreaField({ label, error, hint, id, ...textarea }: TextareaHTMLAttributes<HTMLTextAreaElement> & DescribedProps & { id: string }) {
  return (
    <Described id={id} label={label} error={error} hint={hint}>
      {(describedBy) => <textarea id={id} rows={3} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...textarea} />}
    </Described>
  );
}

export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}
