import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';

import { api } from '@/lib/api-client';
import { list, nullable } from '@/lib/schema';

export const DRIFT_KINDS = ['PROCESS_NOT_STARTED', 'NO_ENGINE_INSTANCE', 'NO_OPEN_TASK'] as const;

export const driftSchema = z.object({
  businessKey: z.string(),
  kind: z.enum(DRIFT_KINDS),
  step: nullable(z.string()).optional(),
  detail: z.string(),
  repaired: z.boolean(),
});

export const consistencyReportSchema = z.object({
  checkedAt: z.string(),
  changes: z.number().int(),
  releases: z.number().int(),
  engineProbed: z.boolean(),
  outboxPending: z.number().int(),
  drifts: list(driftSchema),
});

export type Drift = z.infer<typeof driftSchema>;
export type ConsistencyReport = z.infer<typeof consistencyReportSchema>;

export const consistencyQueryKey = ['admin', 'consistency'] as const;

export async function getConsistency({ signal }: { signal?: AbortSignal } = {}) {
  return consistencyReportSchema.parse(await api.get('/admin/consistency', { signal }));
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

export async function repairConsistency() {
  return consistencyReportSchema.parse(await api.post('/admin/consistency/repair'));
}

/** Checks again and repairs what can be repaired; the answer replaces the shown report. */
export function useRepairConsistency() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: repairConsistency,
    onSuccess: (report) => queryClient.setQueryData(consistencyQueryKey, report),
  });
}
