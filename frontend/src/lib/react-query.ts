import { notifications } from '@mantine/notifications';
import { MutationCache, QueryClient, type DefaultOptions } from '@tanstack/react-query';

import { ApiError, contractViolationMessage, isContractViolation } from './api-client';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /**
       * The component shows this mutation's errors itself (next to a form's fields, say), so no
       * toast repeats them.
       */
      errorsShownInline?: boolean;
    };
  }
}

// A 4xx answer, or one that breaks the contract, will not change on retry; network errors and 5xx
// might.
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  if (isContractViolation(error)) return false;
  return failureCount < 2;
}

export const queryConfig = {
  queries: {
    refetchOnWindowFocus: false,
    staleTime: 60_000,
    retry: shouldRetry,
  },
  mutations: {
    retry: false,
  },
} satisfies DefaultOptions;

/** What a toast says about a failed mutation: the Problem Details title and detail. */
export function errorToast(error: unknown): { title: string; message: string } {
  if (error instanceof ApiError) {
    return { title: error.title, message: error.detail ?? `The server answered ${error.status}.` };
  }
  if (isContractViolation(error)) {
    return { title: 'Unexpected answer', message: contractViolationMessage(error) };
  }
  return { title: 'Something went wrong', message: 'Please try again.' };
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: queryConfig,
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (mutation.meta?.errorsShownInline) return;
        notifications.show({ color: 'red', autoClose: 8000, ...errorToast(error) });
      },
    }),
  });
}
