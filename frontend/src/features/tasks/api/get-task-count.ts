import { queryOptions, useQuery } from '@tanstack/react-query';

import { getTasksCount } from '@/api/generated/sdk.gen';
import type { TaskCount } from '@/api/generated/types.gen';

export type { TaskCount };

export async function getTaskCount({ signal }: { signal?: AbortSignal } = {}): Promise<TaskCount> {
  return (await getTasksCount({ signal })).data;
}

export const TASK_COUNT_POLL_MS = 60_000;

export function getTaskCountQueryOptions() {
  return queryOptions({
    queryKey: ['tasks', 'count'],
    queryFn: ({ signal }) => getTaskCount({ signal }),
    refetchInterval: TASK_COUNT_POLL_MS,
    staleTime: 15_000,
  });
}

/**
 * How many open tasks wait for the user and for their groups, and how many of those are overdue.
 * Live updates refresh it; the poll catches what they miss.
 */
export function useTaskCount({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getTaskCountQueryOptions(), enabled });
}
