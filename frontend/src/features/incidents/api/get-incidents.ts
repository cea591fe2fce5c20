import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { api } from '@/lib/api-client';
import { nullable } from '@/lib/schema';

export const incidentSchema = z.object({
  id: z.string(),
  businessKey: nullable(z.string()),
  kind: z.enum(['CHANGE', 'RELEASE', 'OTHER']),
  elementId: z.string(),
  jobType: z.string(),
  jobKey: z.number(),
  processInstanceKey: z.number(),
  errorMessage: z.string(),
  createdAt: z.string(),
  failedAt: z.string(),
  failures: z.number(),
  state: z.enum(['OPEN', 'RETRIED', 'CANCELED', 'RESOLVED']),
  resolvedBy: nullable(z.string()),
  resolvedAt: nullable(z.string()),
  resolution: nullable(z.string()),
});

export type Incident = z.infer<typeof incidentSchema>;

export type IncidentFilter = { state?: Incident['state']; businessKey?: string };

export async function getIncidents(
  { state, businessKey }: IncidentFilter,
  { signal }: { signal?: AbortSignal } = {},
) {
  const query = new URLSearchParams();
  if (state) query.set('state', state);
  if (businessKey) query.set('businessKey', businessKey);
  const suffix = query.size > 0 ? `?${query.toString()}` : '';
  return z.array(incidentSchema).parse(await api.get(`/incidents${suffix}`, { signal }));
}

export const incidentsQueryKey = ['incidents'] as const;

export function getIncidentsQueryOptions(filter: IncidentFilter) {
  return queryOptions({
    queryKey: [...incidentsQueryKey, filter],
    queryFn: ({ signal }) => getIncidents(filter, { signal }),
  });
}

/** Incidents, latest failure first; the open ones of a change or release for its page. */
export function useIncidents(
  filter: IncidentFilter,
  { enabled = true }: { enabled?: boolean } = {},
) {
  return useQuery({ ...getIncidentsQueryOptions(filter), enabled });
}
