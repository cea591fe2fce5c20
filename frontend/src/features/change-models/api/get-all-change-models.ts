import { queryOptions, useQuery } from '@tanstack/react-query';

import { getChangeModels } from '@/api/generated/sdk.gen';

import type { ChangeModel } from '@/features/changes/api/get-change-models';

export type { ChangeModel };

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
