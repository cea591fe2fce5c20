import { useMutation, useQueryClient } from '@tanstack/react-query';

import { postTasksByIdComplete } from '@/api/generated/sdk.gen';

/**
 * Completes a task of the release through the inbox API, e.g. START_ROLLOUT with "start". The
 * server answers 403 when segregation of duties forbids it and 409 when someone was quicker.
 */
export async function completeReleaseTask(taskId: string, decision: string): Promise<void> {
  await postTasksByIdComplete({ path: { id: taskId }, body: { decision } });
}

export function useCompleteReleaseTask() {
  const queryClient = useQueryClient();
  return useMutation({
    // Each form or button shows its own errors.
    meta: { errorsShownInline: true },
    mutationFn: ({ taskId, decision }: { taskId: string; decision: string }) =>
      completeReleaseTask(taskId, decision),
    // Whatever happened, the release and the inbox have probably moved on.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['releases'] });
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
}
