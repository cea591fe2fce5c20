import { useMutation, useQueryClient } from '@tanstack/react-query';

import { postChangesByKeySubmit } from '@/api/generated/sdk.gen';

import { changeQueryKey, type ChangeView } from './get-change';

/** Starts the process for a draft, or resubmits an RFC the change manager asked questions about. */
export async function submitChange(key: string): Promise<ChangeView> {
  return (await postChangesByKeySubmit({ path: { key } })).data;
}

export function useSubmitChange() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { errorsShownInline: true },
    mutationFn: submitChange,
    onSuccess: (change) => {
      queryClient.setQueryData(changeQueryKey(change.key), change);
      // Resubmitting completes the requester's "provide information" task.
      void queryClient.invalidateQueries({ queryKey: ['changes', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
}
