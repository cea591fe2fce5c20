import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';

import { getChanges as fetchChanges } from '@/api/generated/sdk.gen';
import type {
  ChangeSummary,
  GetChangesData,
  KeysetPageChangeSummary,
} from '@/api/generated/types.gen';

import type {
  ChangeClass,
  ChangeDate,
  ChangeSort,
  ChangeState,
  Priority,
} from '../utils/vocabulary';

export type { ChangeSummary };
export type ChangePage = KeysetPageChangeSummary;

/** What the list asks the server for; unset filters are left out of the query. */
export type ChangeFilters = {
  state?: readonly ChangeState[];
  changeClass?: ChangeClass | null;
  priority?: Priority | null;
  requester?: string | null;
  q?: string | null;
  /** Which date `from` and `to` bound; without it they bound the planned window. */
  date?: ChangeDate | null;
  /** ISO date-times: `from` included, `to` excluded (with `date`). */
  from?: string | null;
  to?: string | null;
  /** The order; the server's default is newest submitted first. */
  sort?: ChangeSort | null;
};

export const CHANGES_PAGE_SIZE = 25;

type ChangesQuery = NonNullable<GetChangesData['query']>;

/** The query of GET /api/changes: repeated `state`, then the other filters, then paging. */
export function changesQuery(
  filters: ChangeFilters,
  { after, limit = CHANGES_PAGE_SIZE }: { after?: string | null; limit?: number } = {},
): ChangesQuery {
  const query: ChangesQuery = {};
  if (filters.state && filters.state.length > 0) query.state = [...filters.state];
  if (filters.changeClass) query.changeClass = filters.changeClass;
  if (filters.priority) query.priority = filters.priority;
  if (filters.requester) query.requester = filters.requester;
  const q = filters.q?.trim();
  if (q) query.q = q;
  if (filters.date) query.date = filters.date;
  if (filters.from) query.from = filters.from;
  if (filters.to) query.to = filters.to;
  if (filters.sort && filters.sort !== 'SUBMITTED') query.sort = filters.sort;
  if (after) query.after = after;
  query.limit = limit;
  return query;
}

/** The CSV download of exactly the list `filters` select, every page of it. */
export function changesExportHref(filters: ChangeFilters): string {
  const query = changesQuery(filters);
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (name === 'limit') continue;
    for (const one of Array.isArray(value) ? value : [value]) search.append(name, String(one));
  }
  const text = search.toString();
  return `/api/changes/export.csv${text ? `?${text}` : ''}`;
}

export async function getChanges(
  filters: ChangeFilters,
  { after, signal }: { after?: string | null; signal?: AbortSignal } = {},
): Promise<ChangePage> {
  return (await fetchChanges({ query: changesQuery(filters, { after }), signal })).data;
}

export function getChangesQueryOptions(filters: ChangeFilters) {
  return infiniteQueryOptions({
    queryKey: ['changes', 'list', filters],
    queryFn: ({ pageParam, signal }) => getChanges(filters, { after: pageParam, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next ?? null,
  });
}

/** Changes matching `filters`, a page at a time ("Load more" fetches the next page). */
export function useChanges(filters: ChangeFilters) {
  return useInfiniteQuery({
    ...getChangesQueryOptions(filters),
    placeholderData: keepPreviousData,
  });
}
