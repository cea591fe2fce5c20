import { useMutation, useQueryClient } from '@tanstack/react-query';

import { client } from '@/api/generated/client.gen';

export async function logout(): Promise<void> {
  // Spring Security's logout filter answers this, not a controller, so the document has no
  // operation for it; the client still adds the CSRF token.
  await client.post({ url: '/api/auth/logout' });
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
