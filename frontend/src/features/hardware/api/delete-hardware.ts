import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import { hardwareQueryKey } from './get-hardware';

export async function deleteHardware(id: string): Promise<void> {
  await api.delete(`/hardware/${encodeURIComponent(id)}`);
}

export function useDeleteHardware() {
  const queryClient = useQueryClient();
  return useMutation({
    // Each form or button shows its own errors.
    meta: { errorsShownInline: true },
    mutationFn: deleteHardware,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: hardwareQueryKey }),
  });
}
