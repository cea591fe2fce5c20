import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { getCis as fetchCis } from '@/api/generated/sdk.gen';
import type { CiView, GetCisData } from '@/api/generated/types.gen';

export type Ci = CiView;
export type CiType = CiView['type'];

export type CiSearch = { q: string; type?: CiType | null; limit?: number };

export function ciSearchQuery({ q, type, limit = 20 }: CiSearch): NonNullable<GetCisData['query']> {
  return { ...(q.trim() ? { q: q.trim() } : {}), ...(type ? { type } : {}), limit };
}

export async function getCis(search: CiSearch, { signal }: { signal?: AbortSignal } = {}) {
  return (await fetchCis({ query: ciSearchQuery(search), signal })).data;
}

export function getCisQueryOptions(search: CiSearch) {
  return queryOptions({
    queryKey: ['cis', search],
    queryFn: ({ signal }) => getCis(search, { signal }),
  });
}

/** Configuration items matching a search, for pickers. */
export function useCis(search: CiSearch) {
  return useQuery({ ...getCisQueryOptions(search), placeholderData: keepPreviousData });
}
