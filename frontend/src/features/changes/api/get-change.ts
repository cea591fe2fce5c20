import { queryOptions, useQuery } from '@tanstack/react-query';

import { getChangesByKey } from '@/api/generated/sdk.gen';
import type { ChangeStep, ChangeView } from '@/api/generated/types.gen';

export type { ChangeView };
export type HistoryEntry = ChangeStep;

export async function getChange(key: string, { signal }: { signal?: AbortSignal } = {}) {
  return (await getChangesByKey({ path: { key }, signal })).data;
}

export const changeQueryKey = (key: string) => ['changes', 'detail', key] as const;

export function getChangeQueryOptions(key: string) {
  return queryOptions({
    queryKey: changeQueryKey(key),
    queryFn: ({ signal }) => getChange(key, { signal }),
  });
}

export function useChange(key: string | undefined) {
  return useQuery({
    ...getChangeQueryOptions(key ?? ''),
    enabled: key !== undefined && key !== '',
  });
}
