import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';

import { getAuditEvents as fetchAuditEvents } from '@/api/generated/sdk.gen';
import type { AuditEventView, KeysetPageAuditEventView } from '@/api/generated/types.gen';

import { toEventsQuery, type EventFilters } from '../utils/event-filters';

export type { AuditEventView };
export type AuditEventPage = KeysetPageAuditEventView;

export const EVENTS_PAGE_SIZE = 50;

export async function getAuditEvents(
  filters: EventFilters,
  { after, signal }: { after?: string | null; signal?: AbortSignal } = {},
): Promise<AuditEventPage> {
  const query = { ...toEventsQuery(filters), limit: EVENTS_PAGE_SIZE, ...(after ? { after } : {}) };
  return (await fetchAuditEvents({ query, signal })).data;
}

export function getAuditEventsQueryOptions(filters: EventFilters) {
  return infiniteQueryOptions({
    queryKey: ['audit', 'events', filters],
    queryFn: ({ pageParam, signal }) => getAuditEvents(filters, { after: pageParam, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next ?? null,
  });
}

/** Events matching `filters`, newest first, a page at a time. */
export function useAuditEvents(filters: EventFilters) {
  return useInfiniteQuery({
    ...getAuditEventsQueryOptions(filters),
    placeholderData: keepPreviousData,
  });
}
