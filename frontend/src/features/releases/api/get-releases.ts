import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { api } from '@/lib/api-client';
import { nullable } from '@/lib/schema';

export const releaseSummarySchema = z.object({
  key: z.string(),
  name: z.string(),
  type: z.string(),
  state: z.string(),
  plannedStart: nullable(z.string()),
  plannedEnd: nullable(z.string()),
  changeCount: z.number().int(),
  currentStepName: nullable(z.string()),
  updatedAt: nullable(z.string()),
});

export type ReleaseSummary = z.infer<typeof releaseSummarySchema>;

/** What the list asks the server for; unset filters are left out of the query. */
export type ReleaseFilters = { state?: string | null; q?: string | null };

export function releasesSearchParams(filters: ReleaseFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.state) params.set('state', filters.state);
  if (filters.q?.trim()) params.set('q', filters.q.trim());
  return params;
}

export async function getReleases(
  filters: ReleaseFilters,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ReleaseSummary[]> {
  const query = releasesSearchParams(filters).toString();
  const body = await api.get(query ? `/releases?${query}` : '/releases', { signal });
  return z.array(releaseSummarySchema).parse(body);
}

export function getReleasesQueryOptions(filters: ReleaseFilters) {
  return queryOptions({
    queryKey: ['releases', 'list', filters],
    queryFn: ({ signal }) => getReleases(filters, { signal }),
  });
}

export function useReleases(filters: ReleaseFilters) {
  return useQuery({ ...getReleasesQueryOptions(filters), placeholderData: keepPreviousData });
}
