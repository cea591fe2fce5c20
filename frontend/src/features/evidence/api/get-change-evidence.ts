import { queryOptions, useQuery } from '@tanstack/react-query';

import { getChangesByKeyEvidence } from '@/api/generated/sdk.gen';
import type { ChangeEvidence } from '@/api/generated/types.gen';

export type { ChangeEvidence };

export async function getChangeEvidence(key: string, { signal }: { signal?: AbortSignal } = {}) {
  return (await getChangesByKeyEvidence({ path: { key }, signal })).data;
}

// Under ['changes', 'detail', key], which live events about the change invalidate.
export function getChangeEvidenceQueryOptions(key: string) {
  return queryOptions({
    queryKey: ['changes', 'detail', key, 'evidence'],
    queryFn: ({ signal }) => getChangeEvidence(key, { signal }),
  });
}

export function useChangeEvidence(key: string) {
  return useQuery({ ...getChangeEvidenceQueryOptions(key), enabled: key !== '' });
}
