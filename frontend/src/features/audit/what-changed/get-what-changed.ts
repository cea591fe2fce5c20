import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { getReportsWhatChanged } from '@/api/generated/sdk.gen';
import type {
  WhatChanged,
  WhatChangedApproval,
  WhatChangedChange,
  WhatChangedRelease,
} from '@/api/generated/types.gen';

export type { WhatChanged, WhatChangedApproval, WhatChangedChange, WhatChangedRelease };

/** A period of whole days (UTC), both included, as YYYY-MM-DD. */
export type Period = { from: string; to: string };

export async function getWhatChanged(period: Period, { signal }: { signal?: AbortSignal } = {}) {
  return (await getReportsWhatChanged({ query: period, signal })).data;
}

export function getWhatChangedQueryOptions(period: Period) {
  return queryOptions({
    queryKey: ['reports', 'what-changed', period],
    queryFn: ({ signal }) => getWhatChanged(period, { signal }),
  });
}

/** Every change and release implemented, backed out or failed in the period. */
export function useWhatChanged(period: Period) {
  return useQuery({ ...getWhatChangedQueryOptions(period), placeholderData: keepPreviousData });
}

/** The same report as a CSV download. */
export function whatChangedCsvHref({ from, to }: Period): string {
  return `/api/reports/what-changed.csv?${new URLSearchParams({ from, to }).toString()}`;
}
