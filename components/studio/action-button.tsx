'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/actions/define-action';

type Props<I> = {
  action: (input: I) => Promise<ActionResult<unknown>>;
  input: I;
  label: string;
  /** Asked before running, for things that are hard to undo. */
  confirm?: string;
  variant?: 'default' | 'danger';
};

/** A button that runs one server action and shows its German error next to it. */
export function ActionButton<I>({ action, input, label, confirm, variant = 'default' }: Props<I>) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <span className="action-button">
      <button
        type="button"
        className={variant === 'danger' ? 'small-button small-button--danger' : 'small-button'}
        disabled={pending}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          setError(null);
          startTransition(async () => {
            const result = await action(input);
            if (!result.ok) setError(result.error);
            else router.refresh();
          });
        }}
      >
        {label}
      </button>
      {error ? (
        <span role="alert" className="field__error">
          {error}
        </span>
      ) : null}
    </span>
  );
}
