import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { getAdminConsistency, postAdminConsistencyRepair } from '@/api/generated/sdk.gen';
import type { ConsistencyReport, Drift } from '@/api/generated/types.gen';

export type { ConsistencyReport, Drift };

export const consistencyQueryKey = ['admin', 'consistency'] as const;

export async function getConsistency({ signal }: { signal?: AbortSignal } = {}) {
  return (await getAdminConsistency({ signal })).data;
}

export function getConsistencyQueryOptions() {
  return queryOptions({
    queryKey: consistencyQueryKey,
    queryFn: ({ signal }) => getConsistency({ signal }),
  });
}

/** Records, engine and inbox compared; asks the engine about every running instance. */
export function useConsistency() {
  return useQuery(getConsistencyQueryOptions());
}

export async function repairConsistency(): Promise<ConsistencyReport> {
  return (await postAdminConsistencyRepair()).data;
}

/** Checks again and repairs what can be repaired; the answer replaces the shown report. */
export function useRepairConsistency() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: repairConsistency,
    onSuccess: (report) => queryClient.setQueryData(consistencyQueryKey, report),
  });
}
