import { useMutation, useQueryClient } from '@tanstack/react-query';

import { postChangesByKeyWithdraw } from '@/api/generated/sdk.gen';
import type { WithdrawBody } from '@/api/generated/types.gen';

import { changeQueryKey, type ChangeView } from './get-change';

export type WithdrawInput = WithdrawBody;

export async function withdrawChange(key: string, input: WithdrawInput): Promise<ChangeView> {
  return (await postChangesByKeyWithdraw({ path: { key }, body: input })).data;
}

export function useWithdrawChange() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { errorsShownInline: true },
    mutationFn: ({ key, input }: { key: string; input: WithdrawInput }) =>
      withdrawChange(key, input),
    onSuccess: (change) => {
      queryClient.setQueryData(changeQueryKey(change.key), change);
      void queryClient.invalidateQueries({ queryKey: ['changes', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
}
