import type { FieldError, FieldErrors } from 'react-hook-form';

/**
 * The message to show for a field whose value is a list (tags, multi-selects): its own error, or
 * else the first error of one of its elements.
 */
export function listErrorMessage(error: FieldError | FieldErrors | undefined): string | undefined {
  if (!error) return undefined;
  if (typeof error.message === 'string') return error.message;
  if (Array.isArray(error)) {
    for (const element of error as Array<FieldError | undefined>) {
      if (typeof element?.message === 'string') return element.message;
    }
  }
  return undefined;
}
