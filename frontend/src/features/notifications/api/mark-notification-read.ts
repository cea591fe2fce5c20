import { useMutation, useQueryClient } from '@tanstack/react-query';

import { postNotificationsByIdRead } from '@/api/generated/sdk.gen';

export async function markNotificationRead(id: number): Promise<void> {
  await postNotificationsByIdRead({ path: { id } });
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
