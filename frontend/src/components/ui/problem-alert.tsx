import { Alert, List } from '@mantine/core';

import type { FieldError } from '@/lib/api-client';
import { errorMessage } from '@/lib/form-errors';

type ProblemAlertProps = {
  /** What failed, e.g. "Could not load the task". */
  title?: string;
  /** The error whose Problem Details detail is shown. */
  error?: unknown;
  /** Said instead of the error's detail. */
  message?: string;
  /** Field errors no form field shows; listed below the detail. */
  unmatched?: readonly FieldError[];
};

/** A failed request, with what the server said about it (RFC 9457 Problem Details). */
export function ProblemAlert({ title, error, message, unmatched = [] }: ProblemAlertProps) {
  return (
    <Alert color="red" variant="light" title={title}>
      {message ?? errorMessage(error)}
      {unmatched.length > 0 && (
        <List size="sm" mt="xs">
          {unmatched.map((e) => (
            <List.Item key={`${e.field}:${e.message}`}>
              {e.field}: {e.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
