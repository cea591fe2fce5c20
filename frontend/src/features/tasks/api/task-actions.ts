import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import { taskQueryKey } from './get-task';
import { taskSchema, type Task } from './get-tasks';

const action = (id: string, verb: string) => `/tasks/${encodeURIComponent(id)}/${verb}`;

/** Takes a group task: the user becomes its assignee. 409 when someone else was quicker. */
export async function claimTask(id: string): Promise<Task> {
  return taskSchema.parse(await api.post(action(id, 'claim')));
}

/** Gives a claimed task back to its group. */
export async function unclaimTask(id: string): Promise<Task> {
  return taskSchema.parse(await api.post(action(id, 'unclaim')));
}

export type DelegateBody = { to: string; comment?: string };

/** Hands a task to another user; 400 on field `to` when they may not take it. */
export async function delegateTask(id: string, body: DelegateBody): Promise<Task> {
  return taskSchema.parse(await api.post(action(id, 'delegate'), body));
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
