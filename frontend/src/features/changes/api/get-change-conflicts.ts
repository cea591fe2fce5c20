import { queryOptions, useQuery } from '@tanstack/react-query';

import { getChangesByKeyConflicts } from '@/api/generated/sdk.gen';
import type { ScheduleCheck } from '@/api/generated/types.gen';

export type { ScheduleCheck };

export function getChangeConflictsQueryOptions(key: string) {
  return queryOptions({
    queryKey: ['changes', 'conflicts', key],
    queryFn: async ({ signal }) => (await getChangesByKeyConflicts({ path: { key }, signal })).data,
  });
}

/** Every conflict of the change's planned window, and the next window without any. */
export function useChangeConflicts(key: string, { enabled }: { enabled: boolean }) {
  return useQuery({ ...getChangeConflictsQueryOptions(key), enabled });
}
