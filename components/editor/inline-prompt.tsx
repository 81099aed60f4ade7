'use client';

import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import styles from './editor.module.css';

type Props = {
  label: string;
  hint: string;
  initialValue: string;
  submitLabel: string;
  /** Returns a German error message, or null when the value was applied. */
  onSubmit: (value: string) => string | null;
  onCancel: () => void;
};

/** A one-field form under the toolbar (link address, timestamp); Escape cancels. */
export function InlinePrompt({ label, hint, initialValue, submitLabel, onSubmit, onCancel }: Props) {
  const id = useId();
  const [value, setValue] = useState(initialValue);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(onSubmit(value.trim()));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <form className={styles.prompt} onSubmit={submit} onKeyDown={onKeyDown} aria-label={label}>
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        aria-describedby={`${id}-hint ${id}-error`}
        aria-invalid={error ? true : undefined}
        // The prompt opens because the host asked for it; focus belongs in the field.
        autoFocus
      />
      <button type="submit">{submitLabel}</button>
      <button type="button" onClick={onCancel}>
        Abbrechen
      </button>
      <p id={`${id}-hint`} className={styles.promptHint}>
        {hint}
      </p>
      <p id={`${id}-error`} className={styles.promptError} role="alert">
        {error}
      </p>
    </form>
  );
}
