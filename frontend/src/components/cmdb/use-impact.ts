import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { getImpact } from '@/api/generated/sdk.gen';
import type { ImpactView } from '@/api/generated/types.gen';

export type Impact = ImpactView;
export type ImpactedCi = ImpactView['impacted'][number];

export function impactQueryOptions(ciKeys: readonly string[]) {
  // Sorted: the same set picked in another order is the same question.
  const keys = [...new Set(ciKeys)].sort();
  return queryOptions({
    queryKey: ['cmdb', 'impact', keys],
    queryFn: async ({ signal }) => (await getImpact({ query: { ci: keys }, signal })).data,
    staleTime: 30_000,
  });
}

/**
 * Everything a change to `ciKeys` reaches, up to the business services. Asks nothing while no
 * item is picked; keeps the previous answer while the next loads, so the panel does not flicker.
 */
export function useImpact(ciKeys: readonly string[]) {
  return useQuery({
    ...impactQueryOptions(ciKeys),
    enabled: ciKeys.length > 0,
    placeholderData: keepPreviousData,
  });
}
