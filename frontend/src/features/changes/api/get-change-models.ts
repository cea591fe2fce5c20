import { queryOptions, useQuery } from '@tanstack/react-query';

import { getChangeModels as fetchChangeModels } from '@/api/generated/sdk.gen';
import type { ChangeModelView } from '@/api/generated/types.gen';

export type ChangeModel = ChangeModelView;

export async function getChangeModels({ signal }: { signal?: AbortSignal } = {}) {
  return (await fetchChangeModels({ signal })).data;
}

export function getChangeModelsQueryOptions() {
  return queryOptions({
    queryKey: ['change-models'],
    queryFn: ({ signal }) => getChangeModels({ signal }),
    staleTime: 5 * 60_000,
  });
}

/** Standard change models: pre-approved recipes whose plans an RFC can take over. */
export function useChangeModels() {
  return useQuery(getChangeModelsQueryOptions());
}
