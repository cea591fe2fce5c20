import { queryOptions, useQuery } from '@tanstack/react-query';

import { getTasksById } from '@/api/generated/sdk.gen';

import type { Task } from './get-tasks';

export async function getTask(
  id: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<Task> {
  return (await getTasksById({ path: { id }, signal })).data;
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
