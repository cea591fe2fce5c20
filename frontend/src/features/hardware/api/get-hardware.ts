import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { api } from '@/lib/api-client';
import { nullable } from '@/lib/schema';

export const hardwareSchema = z.object({
  id: z.string(),
  name: z.string(),
  model: nullable(z.string()),
  serialNumber: nullable(z.string()),
  location: nullable(z.string()),
  status: z.string(),
  ciName: nullable(z.string()),
  notes: nullable(z.string()),
});

export type Hardware = z.infer<typeof hardwareSchema>;

export async function getHardware({ signal }: { signal?: AbortSignal } = {}) {
  return z.array(hardwareSchema).parse(await api.get('/hardware', { signal }));
}

export const hardwareQueryKey = ['hardware'] as const;

export function getHardwareQueryOptions() {
  return queryOptions({
    queryKey: hardwareQueryKey,
    queryFn: ({ signal }) => getHardware({ signal }),
  });
}

/** Every item of the definitive hardware store. */
export function useHardware() {
  return useQuery(getHardwareQueryOptions());
}
