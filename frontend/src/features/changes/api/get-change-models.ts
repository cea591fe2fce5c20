import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { api } from '@/lib/api-client';
import { list, nullable } from '@/lib/schema';

import { CATEGORIES } from '../utils/vocabulary';

export const changeModelSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: nullable(z.string()),
  category: z.enum(CATEGORIES),
  implementationPlan: z.string(),
  testPlan: z.string(),
  backoutPlan: z.string(),
  allowedCiTypes: list(z.string()),
  active: z.boolean(),
});

export type ChangeModel = z.infer<typeof changeModelSchema>;

export async function getChangeModels({ signal }: { signal?: AbortSignal } = {}) {
  return z.array(changeModelSchema).parse(await api.get('/change-models', { signal }));
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
