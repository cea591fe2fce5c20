import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import { taskSchema, type Task } from './get-tasks';

export async function getTask(
  id: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<Task> {
  return taskSchema.parse(await api.get(`/tasks/${encodeURIComponent(id)}`, { signal }));
}

export const taskQueryKey = (id: string) => ['tasks', 'detail', id] as const;

export function getTaskQueryOptions(id: string) {
  return queryOptions({
    queryKey: taskQueryKey(id),
    queryFn: ({ signal }) => getTask(id, { signal }),
  });
}

export function useTask(id: string) {
  return useQuery(getTaskQueryOptions(id));
}
