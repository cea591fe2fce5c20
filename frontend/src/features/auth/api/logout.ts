import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

export async function logout(): Promise<void> {
  await api.post<void>('/auth/logout');
}

type UseLogoutOptions = {
  /** Typically navigates away; the cache is cleared once it resolves, not before. */
  onSettled?: () => void | Promise<void>;
};

export function useLogout({ onSettled }: UseLogoutOptions = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    // Even a failed logout (say, the session had already expired) leaves the user signed out here.
    // Clearing only after leaving the page keeps it from refetching the user it just lost.
    onSettled: async () => {
      await onSettled?.();
      queryClient.clear();
    },
  });
}
