import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

export async function markAllRead(): Promise<void> {
  await api.post<void>('/notifications/read-all');
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllRead,
    onSuccess: () => queryClient.setQueryData(['notifications', 'unread-count'], 0),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
