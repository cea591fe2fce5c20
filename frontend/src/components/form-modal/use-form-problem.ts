import { useCallback, useState } from 'react';
import type { FieldValues, UseFormSetError } from 'react-hook-form';

import type { FieldError } from '@/lib/api-client';
import { applyServerErrors } from '@/lib/form-errors';

/** A refused save: the error, and the field errors no input of the form shows. */
export type FormProblem = { error: unknown; unmatched: FieldError[] };

/**
 * What the server refused in a form's last save. `show` puts the field errors of the Problem
 * Details answer next to their inputs (fields outside `fields` stay in `unmatched`); `clear`
 * forgets the last refusal before the next attempt.
 */
export function useFormProblem<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fields: readonly string[],
) {
  const [problem, setProblem] = useState<FormProblem>();
  const show = useCallback(
    (error: unknown) =>
      setProblem({ error, unmatched: applyServerErrors(error, setError, { fields }) }),
    [setError, fields],
  );
  const clear = useCallback(() => setProblem(undefined), []);
  return { problem, show, clear };
}
