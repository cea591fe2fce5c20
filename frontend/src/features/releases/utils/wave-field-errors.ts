import { ApiError } from '@/lib/api-client';

/**
 * Wave errors as the form's fields: the plan's rules name them `waves[0].percent`, while errors
 * bound to the request body, a bare array, come as `[0].percent`. The form keeps the rows under
 * `waves`.
 */
export function asWaveFieldErrors(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  return new ApiError({
    status: error.status,
    title: error.title,
    detail: error.detail,
    errors: error.errors.map(({ field, message }) => ({
      field: /^\[|^\d/.test(field) ? `waves${field.startsWith('[') ? '' : '.'}${field}` : field,
      message,
    })),
  });
}
