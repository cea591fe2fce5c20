import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { api } from '@/lib/api-client';
import { nullable } from '@/lib/schema';

export const candidateSchema = z.object({
  key: z.string(),
  title: z.string(),
  plannedStart: nullable(z.string()),
  plannedEnd: nullable(z.string()),
});

export type Candidate = z.infer<typeof candidateSchema>;

export async function getCandidates({ signal }: { signal?: AbortSignal } = {}) {
  return z.array(candidateSchema).parse(await api.get('/releases/candidates', { signal }));
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
