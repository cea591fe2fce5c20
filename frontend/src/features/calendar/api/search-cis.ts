import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { getCis } from '@/api/generated/sdk.gen';
import type { CiView } from '@/api/generated/types.gen';

export type Ci = CiView;
export type CiType = CiView['type'];

/** Configuration items matching a search (by key or name), for the CI pickers. */
export function useCiSearch(q: string, type?: CiType) {
  const query = { ...(q.trim() ? { q: q.trim() } : {}), ...(type ? { type } : {}), limit: 20 };
  return useQuery({
    queryKey: ['cis', query],
    queryFn: async ({ signal }) => (await getCis({ query, signal })).data,
    placeholderData: keepPreviousData,
  });
}
