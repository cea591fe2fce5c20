import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { api } from '@/lib/api-client';

import { changeQueryKey, changeViewSchema, type ChangeView } from './get-change';

export const withdrawInputSchema = z.object({
  reason: z
    .string()
    .refine((value) => value.trim().length > 0, 'must not be blank')
    .refine((value) => value.length <= 5000, 'size must be between 1 and 5000')
    .refine((value) => !/<[a-zA-Z/!]/.test(value), 'must not contain HTML'),
});

export type WithdrawInput = z.infer<typeof withdrawInputSchema>;

export async function withdrawChange(key: string, input: WithdrawInput): Promise<ChangeView> {
  return changeViewSchema.parse(
    await api.post(`/changes/${encodeURIComponent(key)}/withdraw`, input),
  );
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
