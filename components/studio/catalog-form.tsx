'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { type DefaultValues, type FieldValues, type Path, useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/actions/define-action';

type CatalogFormOptions<Input extends FieldValues, Output> = {
  schema: z.ZodType<Output, Input>;
  /** The form's fields when it creates a record; after creating one it starts empty again. */
  empty: Input;
  /** The record's values when the form edits one. */
  initial: Input | null;
  save: (values: Output) => Promise<ActionResult<unknown>>;
  /** What the notice says after a save (`created` is the new record's name). */
  savedMessage: (values: Output) => string;
};

/**
 * Create-or-edit forms of the studio's catalog (characters, storylines): validated with the
 * domain's schema, the server's field errors at their fields, a notice after saving, and the
 * list beside it refreshed.
 */
export function useCatalogForm<Input extends FieldValues, Output>({ schema, empty, initial, save, savedMessage }: CatalogFormOptions<Input, Output>) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(schema), defaultValues: (initial ?? empty) as DefaultValues<Input> });

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    setSaved(null);
    const result = await save(values);
    if (!result.ok) {
      setError(result.error);
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (field in empty && messages?.[0]) form.setError(field as Path<Input>, { message: messages[0] });
      }
      return;
    }
    setSaved(savedMessage(values));
    if (!initial) form.reset(empty);
    router.refresh();
  });

  return { form, error, saved, submit };
}

export function SavedNotice({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="notice" role="status">
      {message}
    </p>
  );
}
