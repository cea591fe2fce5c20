import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';

import {
  getChanges,
  getCisByKey,
  getCisByKeyHistory,
  getCisByKeyImpact,
  getCisByKeyRelations,
} from '@/api/generated/sdk.gen';
import type { CiHistoryView, RelationView } from '@/api/generated/types.gen';

export type CiHistoryEntry = CiHistoryView;
export type Relation = RelationView;

export const ciQueryKey = (key: string) => ['cmdb', 'ci', key] as const;

export function ciQueryOptions(key: string) {
  return queryOptions({
    queryKey: ciQueryKey(key),
    queryFn: async ({ signal }) => (await getCisByKey({ path: { key }, signal })).data,
  });
}

export function useCi(key: string) {
  return useQuery(ciQueryOptions(key));
}

/** Several items at once: the relations list names the items at the other end. */
export function useCisByKey(keys: readonly string[]) {
  return useQueries({
    queries: keys.map((key) => ({ ...ciQueryOptions(key), staleTime: 60_000 })),
  });
}

export function useCiHistory(key: string) {
  return useQuery({
    queryKey: [...ciQueryKey(key), 'history'],
    queryFn: async ({ signal }) => (await getCisByKeyHistory({ path: { key }, signal })).data,
  });
}

export function useCiRelations(key: string) {
  return useQuery({
    queryKey: [...ciQueryKey(key), 'relations'],
    queryFn: async ({ signal }) => (await getCisByKeyRelations({ path: { key }, signal })).data,
  });
}

export function useCiImpact(key: string) {
  return useQuery({
    queryKey: [...ciQueryKey(key), 'impact'],
    queryFn: async ({ signal }) => (await getCisByKeyImpact({ path: { key }, signal })).data,
  });
}

/** The changes whose affected CIs include the item, newest submitted first (the first 50). */
export function useCiChanges(key: string) {
  return useQuery({
    queryKey: [...ciQueryKey(key), 'changes'],
    queryFn: async ({ signal }) =>
      (await getChanges({ query: { ci: key, limit: 50 }, signal })).data,
  });
}
