import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { api } from '@/lib/api-client';
import { nullable } from '@/lib/schema';

export const ciSchema = z.object({
  key: z.string(),
  name: z.string(),
  type: z.string(),
  environment: z.string(),
  criticality: z.string(),
  ownerGroup: z.string(),
  version: nullable(z.string()),
});

export type Ci = z.infer<typeof ciSchema>;

const ciPageSchema = z.object({ items: z.array(ciSchema), next: nullable(z.string()) });

export type CiSearch = { q: string; type?: string | null; limit?: number };

export function ciSearchParams({ q, type, limit = 20 }: CiSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q.trim());
  if (type) params.set('type', type);
  params.set('limit', String(limit));
  return params;
}

export async function getCis(search: CiSearch, { signal }: { signal?: AbortSignal } = {}) {
  return ciPageSchema.parse(await api.get(`/cis?${ciSearchParams(search)}`, { signal }));
}

export function getCisQueryOptions(search: CiSearch) {
  return queryOptions({
    queryKey: ['cis', search],
    queryFn: ({ signal }) => getCis(search, { signal }),
  });
}

/** Configuration items matching a search, for pickers. */
export function useCis(search: CiSearch) {
  return useQuery({ ...getCisQueryOptions(search), placeholderData: keepPreviousData });
}
