import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { api } from '@/lib/api-client';

export const taskCountSchema = z.object({
  mine: z.number().int(),
  groups: z.number().int(),
  overdue: z.number().int().default(0),
});

export type TaskCount = z.infer<typeof taskCountSchema>;

export async function getTaskCount({ signal }: { signal?: AbortSignal } = {}): Promise<TaskCount> {
  return taskCountSchema.parse(await api.get('/tasks/count', { signal }));
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
