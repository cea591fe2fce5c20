import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { api } from '@/lib/api-client';
import { nullable } from '@/lib/schema';

import {
  changeClassSchema,
  changeStateSchema,
  prioritySchema,
  riskSchema,
  type ChangeClass,
  type ChangeState,
  type Priority,
} from '../utils/vocabulary';

export const changeSummarySchema = z.object({
  key: z.string(),
  title: z.string(),
  state: changeStateSchema,
  changeClass: nullable(changeClassSchema),
  risk: nullable(riskSchema),
  priority: nullable(prioritySchema),
  requester: z.string(),
  plannedStart: nullable(z.string()),
  plannedEnd: nullable(z.string()),
  timeZone: z.string(),
  currentStepName: nullable(z.string()),
  updatedAt: z.string(),
});

export type ChangeSummary = z.infer<typeof changeSummarySchema>;

export const changePageSchema = z.object({
  items: z.array(changeSummarySchema),
  next: nullable(z.string()),
});

export type ChangePage = z.infer<typeof changePageSchema>;

/** What the list asks the server for; unset filters are left out of the query. */
export type ChangeFilters = {
  state?: readonly ChangeState[];
  changeClass?: ChangeClass | null;
  priority?: Priority | null;
  requester?: string | null;
  q?: string | null;
  /** ISO date-times bounding the planned window. */
  from?: string | null;
  to?: string | null;
};

export const CHANGES_PAGE_SIZE = 25;

/** The query string of GET /api/changes: repeated `state`, then the other filters, then paging. */
export function changesSearchParams(
  filters: ChangeFilters,
  { after, limit = CHANGES_PAGE_SIZE }: { after?: string | null; limit?: number } = {},
): URLSearchParams {
  const params = new URLSearchParams();
  for (const state of filters.state ?? []) params.append('state', state);
  const single: Array<[string, string | null | undefined]> = [
    ['changeClass', filters.changeClass],
    ['priority', filters.priority],
    ['requester', filters.requester],
    ['q', filters.q?.trim()],
    ['from', filters.from],
    ['to', filters.to],
    ['after', after],
  ];
  for (const [name, value] of single) if (value) params.set(name, value);
  params.set('limit', String(limit));
  return params;
}

export async function getChanges(
  filters: ChangeFilters,
  { after, signal }: { after?: string | null; signal?: AbortSignal } = {},
): Promise<ChangePage> {
  const query = changesSearchParams(filters, { after });
  return changePageSchema.parse(await api.get(`/changes?${query}`, { signal }));
}

export function getChangesQueryOptions(filters: ChangeFilters) {
  return infiniteQueryOptions({
    queryKey: ['changes', 'list', filters],
    queryFn: ({ pageParam, signal }) => getChanges(filters, { after: pageParam, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next,
  });
}

/** Changes matching `filters`, a page at a time ("Load more" fetches the next page). */
export function useChanges(filters: ChangeFilters) {
  return useInfiniteQuery({
    ...getChangesQueryOptions(filters),
    placeholderData: keepPreviousData,
  });
}
