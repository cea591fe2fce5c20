import { queryOptions, useQuery } from '@tanstack/react-query';

import { getIncidents as fetchIncidents } from '@/api/generated/sdk.gen';
import type { IncidentView } from '@/api/generated/types.gen';

export type Incident = IncidentView;

export type IncidentFilter = { state?: Incident['state']; businessKey?: string };

export async function getIncidents(
  { state, businessKey }: IncidentFilter,
  { signal }: { signal?: AbortSignal } = {},
) {
  const query = { ...(state ? { state } : {}), ...(businessKey ? { businessKey } : {}) };
  return (await fetchIncidents({ query, signal })).data;
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
