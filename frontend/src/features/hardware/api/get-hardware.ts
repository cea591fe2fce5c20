import { queryOptions, useQuery } from '@tanstack/react-query';

import { getHardware as fetchHardware } from '@/api/generated/sdk.gen';
import type { HardwareView } from '@/api/generated/types.gen';

export type Hardware = HardwareView;

export async function getHardware({ signal }: { signal?: AbortSignal } = {}) {
  return (await fetchHardware({ signal })).data;
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
