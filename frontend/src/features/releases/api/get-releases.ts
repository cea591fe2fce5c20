import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { getReleases as fetchReleases } from '@/api/generated/sdk.gen';
import type { GetReleasesData, ReleaseSummary } from '@/api/generated/types.gen';

export type { ReleaseSummary };

/** What the list asks the server for; unset filters are left out of the query. */
export type ReleaseFilters = { state?: string | null; q?: string | null };

export function releasesQuery(filters: ReleaseFilters): NonNullable<GetReleasesData['query']> {
  const q = filters.q?.trim();
  return { ...(filters.state ? { state: filters.state } : {}), ...(q ? { q } : {}) };
}

export async function getReleases(
  filters: ReleaseFilters,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ReleaseSummary[]> {
  return (await fetchReleases({ query: releasesQuery(filters), signal })).data;
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
