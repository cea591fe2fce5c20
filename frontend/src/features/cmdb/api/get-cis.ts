import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';

import { getCis as fetchCis } from '@/api/generated/sdk.gen';
import type { CiView, GetCisData, KeysetPageCiView } from '@/api/generated/types.gen';
import type { CiType } from '@/components/cmdb/ci-vocabulary';

export type Ci = CiView;
export type CiPage = KeysetPageCiView;

/** What the CMDB list asks for; unset filters are left out of the query. */
export type CiFilters = { q?: string | null; type?: CiType | null };

export const CIS_PAGE_SIZE = 50;

type CisQuery = NonNullable<GetCisData['query']>;

export function cisQuery(filters: CiFilters, after?: string | null): CisQuery {
  const query: CisQuery = {};
  const q = filters.q?.trim();
  if (q) query.q = q;
  if (filters.type) query.type = filters.type;
  if (after) query.after = after;
  query.limit = CIS_PAGE_SIZE;
  return query;
}

export const cisQueryKey = ['cmdb', 'cis'] as const;

export function getCisQueryOptions(filters: CiFilters) {
  return infiniteQueryOptions({
    queryKey: [...cisQueryKey, filters],
    queryFn: async ({ pageParam, signal }) =>
      (await fetchCis({ query: cisQuery(filters, pageParam), signal })).data,
    initialPageParam: null as string | null,
    getNextPageParam: (last: CiPage) => last.next ?? null,
  });
}

/** Configuration items by key, a page at a time ("Load more" fetches the next). */
export function useCiList(filters: CiFilters) {
  return useInfiniteQuery({ ...getCisQueryOptions(filters), placeholderData: keepPreviousData });
}
