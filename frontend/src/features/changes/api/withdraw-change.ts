import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { postChangesByKeyWithdraw } from '@/api/generated/sdk.gen';
import type { WithdrawBody } from '@/api/generated/types.gen';

import { changeQueryKey, type ChangeView } from './get-change';

// The server's rules and messages (ChangeController.WithdrawBody).
export const withdrawInputSchema = z.object({
  reason: z
    .string()
    .refine((value) => value.trim().length > 0, 'Say why the change is withdrawn.')
    .refine((value) => value.length <= 2000, 'Shorten the reason to at most 2000 characters.')
    .refine((value) => !/<[a-zA-Z/!]/.test(value), 'Remove the HTML tags from the reason.'),
}) satisfies z.ZodType<WithdrawBody>;

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
