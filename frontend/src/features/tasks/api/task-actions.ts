import { useMutation, useQueryClient } from '@tanstack/react-query';

import {
  postTasksByIdClaim,
  postTasksByIdDelegate,
  postTasksByIdUnclaim,
} from '@/api/generated/sdk.gen';
import type { Delegation } from '@/api/generated/types.gen';

import { taskQueryKey } from './get-task';
import type { Task } from './get-tasks';

/** Takes a group task: the user becomes its assignee. 409 when someone else was quicker. */
export async function claimTask(id: string): Promise<Task> {
  return (await postTasksByIdClaim({ path: { id } })).data;
}

/** Gives a claimed task back to its group. */
export async function unclaimTask(id: string): Promise<Task> {
  return (await postTasksByIdUnclaim({ path: { id } })).data;
}

export type DelegateBody = Delegation;

/** Hands a task to another user; 400 on field `to` when they may not take it. */
export async function delegateTask(id: string, body: DelegateBody): Promise<Task> {
  return (await postTasksByIdDelegate({ path: { id }, body })).data;
}

function useTaskAction<V>(run: (variables: V) => Promise<Task>, inline = false) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    meta: { errorsShownInline: inline },
    onSuccess: (task) => queryClient.setQueryData(taskQueryKey(task.id), task),
    // Lists and counts change either way: a 409 means someone else took the task.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['tasks'] }),
  });
}

export const useClaimTask = () => useTaskAction(claimTask);
export const useUnclaimTask = () => useTaskAction(unclaimTask);
/** The delegate dialog shows its errors next to the username. */
export const useDelegateTask = () =>
  useTaskAction(({ id, body }: { id: string; body: DelegateBody }) => delegateTask(id, body), true);
