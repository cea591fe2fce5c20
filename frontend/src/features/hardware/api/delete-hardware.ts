import { useMutation, useQueryClient } from '@tanstack/react-query';

import { deleteHardwareById } from '@/api/generated/sdk.gen';

import { hardwareQueryKey } from './get-hardware';

export async function deleteHardware(id: string): Promise<void> {
  await deleteHardwareById({ path: { id } });
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
