import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { getCalendar as fetchCalendar } from '@/api/generated/sdk.gen';
import type { CalendarEntry, CalendarView, Conflict } from '@/api/generated/types.gen';

export type { CalendarEntry, CalendarView, Conflict };

/** A period (instants with offset, `to` exclusive) and the filters; empty filters are left out. */
export type CalendarQuery = {
  from: string;
  to: string;
  ci?: string;
  service?: string;
  team?: string;
};

export function calendarSearch({ from, to, ci, service, team }: CalendarQuery) {
  return {
    from,
    to,
    ...(ci ? { ci } : {}),
    ...(service ? { service } : {}),
    ...(team?.trim() ? { team: team.trim() } : {}),
  };
}

export async function getCalendar(query: CalendarQuery, { signal }: { signal?: AbortSignal } = {}) {
  return (await fetchCalendar({ query: calendarSearch(query), signal })).data;
}

export function getCalendarQueryOptions(query: CalendarQuery) {
  return queryOptions({
    queryKey: ['calendar', calendarSearch(query)],
    queryFn: ({ signal }) => getCalendar(query, { signal }),
  });
}

/** Changes, releases and windows in a period; the previous period stays while the next loads. */
export function useCalendar(query: CalendarQuery) {
  return useQuery({ ...getCalendarQueryOptions(query), placeholderData: keepPreviousData });
}
