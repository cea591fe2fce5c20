import { useMutation, useQueryClient } from '@tanstack/react-query';

import { postTasksByIdComplete } from '@/api/generated/sdk.gen';

import type { CompletionBody } from '../utils/decisions';

import { taskQueryKey } from './get-task';
import type { Task } from './get-tasks';

/**
 * Completes a human task. The server answers 403 when segregation of duties forbids it, 409 when
 * someone else was quicker, and 400 with field errors when the body is invalid.
 */
export async function completeTask(id: string, body: CompletionBody): Promise<Task> {
  return (await postTasksByIdComplete({ path: { id }, body })).data;
}

export function useCompleteTask() {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { errorsShownInline: true },
    mutationFn: ({ id, body }: { id: string; body: CompletionBody }) => completeTask(id, body),
    onSuccess: (task) => {
      queryClient.setQueryData(taskQueryKey(task.id), task);
    },
    // Whatever happened, the lists, counts and the change or release have probably moved on.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
      void queryClient.invalidateQueries({ queryKey: ['changes'] });
      void queryClient.invalidateQueries({ queryKey: ['releases'] });
    },
  });
}
