import { useMutation, useQueryClient } from '@tanstack/react-query';

import { postNotificationsReadAll } from '@/api/generated/sdk.gen';

export async function markAllRead(): Promise<void> {
  await postNotificationsReadAll();
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllRead,
    onSuccess: () => queryClient.setQueryData(['notifications', 'unread-count'], 0),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
