import { useMutation, useQueryClient } from '@tanstack/react-query';

import { putChangesByKey } from '@/api/generated/sdk.gen';

import type { ChangeRequestBody } from './create-change';
import { changeQueryKey, type ChangeView } from './get-change';

/** Only the requester may change an RFC, and only in DRAFT or INFO_REQUESTED (else 403/409). */
export async function updateChange(key: string, body: ChangeRequestBody): Promise<ChangeView> {
  return (await putChangesByKey({ path: { key }, body })).data;
}

export function useUpdateChange() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { errorsShownInline: true },
    mutationFn: ({ key, body }: { key: string; body: ChangeRequestBody }) =>
      updateChange(key, body),
    onSuccess: (change) => {
      queryClient.setQueryData(changeQueryKey(change.key), change);
      void queryClient.invalidateQueries({ queryKey: ['changes', 'list'] });
    },
  });
}
