import { queryOptions, useQuery } from '@tanstack/react-query';

import { getReleasesCandidates } from '@/api/generated/sdk.gen';
import type { Candidate } from '@/api/generated/types.gen';

export type { Candidate };

export async function getCandidates({ signal }: { signal?: AbortSignal } = {}) {
  return (await getReleasesCandidates({ signal })).data;
}

export function getCandidatesQueryOptions() {
  return queryOptions({
    queryKey: ['releases', 'candidates'],
    queryFn: ({ signal }) => getCandidates({ signal }),
  });
}

/** Changes ready for release that no open release holds yet. */
export function useCandidates() {
  return useQuery(getCandidatesQueryOptions());
}
