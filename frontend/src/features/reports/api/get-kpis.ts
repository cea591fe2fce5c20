import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { getReportsKpis } from '@/api/generated/sdk.gen';
import type { KpiFigures, KpiReport } from '@/api/generated/types.gen';

export type { KpiFigures, KpiReport };

/** Months as the API takes them: `YYYY-MM`, both included. */
export type MonthRange = { from: string; to: string };

export async function getKpis(
  range: MonthRange,
  { signal }: { signal?: AbortSignal } = {},
): Promise<KpiReport> {
  return (await getReportsKpis({ query: range, signal })).data;
}

export function getKpisQueryOptions(range: MonthRange) {
  return queryOptions({
    queryKey: ['reports', 'kpis', range.from, range.to],
    queryFn: ({ signal }) => getKpis(range, { signal }),
    staleTime: 60_000,
  });
}

/** The KPIs of the months; the previous range stays on screen while another loads. */
export function useKpis(range: MonthRange) {
  return useQuery({ ...getKpisQueryOptions(range), placeholderData: keepPreviousData });
}

/** Where the browser downloads the same months as CSV (a plain link: the server names the file). */
export function kpisCsvHref(range: MonthRange): string {
  return `/api/reports/kpis.csv?${new URLSearchParams(range).toString()}`;
}
