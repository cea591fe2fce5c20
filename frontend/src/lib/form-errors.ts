import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

import {
  ApiError,
  contractViolationMessage,
  isContractViolation,
  type FieldError,
} from './api-client';

type FormShape = {
  /** Top-level field names of the form; errors on other fields stay unmatched. */
  fields: readonly string[];
  /**
   * Fields whose elements have inputs of their own (rows of a field array). Errors on the others'
   * elements, such as `incidentRefs[2]` of a tags input, go to the field itself.
   */
  arrays?: readonly string[];
};

/** `attachments[0].sha256` (how the server names it) as react-hook-form's `attachments.0.sha256`. */
export function toFormPath(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
}

/** The form field that should show a server error on `field`, or undefined when none does. */
export function formFieldOf(field: string, { fields, arrays = [] }: FormShape): string | undefined {
  const path = toFormPath(field);
  const [top = ''] = path.split('.');
  if (!fields.includes(top)) return undefined;
  return arrays.includes(top) ? path : top;
}

/**
 * Shows the field errors of a Problem Details answer next to their fields. Returns the errors no
 * field shows, so the caller can list them with the problem's detail.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  shape: FormShape,
): FieldError[] {
  if (!(error instanceof ApiError)) return [];
  const unmatched: FieldError[] = [];
  const shown = new Set<string>();
  for (const fieldError of error.errors) {
    const target = formFieldOf(fieldError.field, shape);
    if (target === undefined) {
      unmatched.push(fieldError);
    } else if (!shown.has(target)) {
      setError(
        target as Path<T>,
        { type: 'server', message: fieldError.message },
        { shouldFocus: shown.size === 0 },
      );
      shown.add(target);
    }
  }
  return unmatched;
}

/** A user-facing sentence for any error a mutation or query may raise. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.detail ?? error.title;
  if (isContractViolation(error)) return contractViolationMessage(error);
  return 'Something went wrong. Please try again.';
}
