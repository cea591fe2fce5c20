import { queryOptions, useQuery } from '@tanstack/react-query';

import { getChangeModels } from '@/api/generated/sdk.gen';
import type { ChangeModelView } from '@/api/generated/types.gen';

export type ChangeModel = ChangeModelView;

/** Every change model, the deactivated ones too (admins only). */
export async function getAllChangeModels({ signal }: { signal?: AbortSignal } = {}) {
  return (await getChangeModels({ query: { all: true }, signal })).data;
}

export const allChangeModelsQueryKey = ['change-models', 'all'] as const;

export function getAllChangeModelsQueryOptions() {
  return queryOptions({
    queryKey: allChangeModelsQueryKey,
    queryFn: ({ signal }) => getAllChangeModels({ signal }),
  });
}

export function useAllChangeModels() {
  return useQuery(getAllChangeModelsQueryOptions());
}
