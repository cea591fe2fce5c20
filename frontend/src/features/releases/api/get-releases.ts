import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';

import { getReleases as fetchReleases } from '@/api/generated/sdk.gen';
import type {
  GetReleasesData,
  KeysetPageReleaseSummary,
  ReleaseSummary,
} from '@/api/generated/types.gen';

import type { ReleaseDate, ReleaseSort, ReleaseState } from '../utils/vocabulary';

export type { ReleaseSummary };
export type ReleasePage = KeysetPageReleaseSummary;

/** What the list asks the server for; unset filters are left out of the query. */
export type ReleaseFilters = {
  state?: readonly ReleaseState[];
  q?: string | null;
  /** Which date `from` and `to` bound (created unless given). */
  date?: ReleaseDate | null;
  /** ISO date-times: `from` included, `to` excluded. */
  from?: string | null;
  to?: string | null;
  /** The order; the server's default is newest first. */
  sort?: ReleaseSort | null;
};

export const RELEASES_PAGE_SIZE = 25;

type ReleasesQuery = NonNullable<GetReleasesData['query']>;

/** The query of GET /api/releases: repeated `state`, the search, then paging (as for changes). */
export function releasesQuery(
  filters: ReleaseFilters,
  { after, limit = RELEASES_PAGE_SIZE }: { after?: string | null; limit?: number } = {},
): ReleasesQuery {
  const query: ReleasesQuery = {};
  if (filters.state && filters.state.length > 0) query.state = [...filters.state];
  const q = filters.q?.trim();
  if (q) query.q = q;
  if (filters.date) query.date = filters.date;
  if (filters.from) query.from = filters.from;
  if (filters.to) query.to = filters.to;
  if (filters.sort && filters.sort !== 'CREATED') query.sort = filters.sort;
  if (after) query.after = after;
  query.limit = limit;
  return query;
}

/** The CSV download of exactly the list `filters` select, every page of it. */
export function releasesExportHref(filters: ReleaseFilters): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(releasesQuery(filters))) {
    if (name === 'limit') continue;
    for (const one of Array.isArray(value) ? value : [value]) search.append(name, String(one));
  }
  const text = search.toString();
  return `/api/releases/export.csv${text ? `?${text}` : ''}`;
}

export async function getReleases(
  filters: ReleaseFilters,
  { after, signal }: { after?: string | null; signal?: AbortSignal } = {},
): Promise<ReleasePage> {
  return (await fetchReleases({ query: releasesQuery(filters, { after }), signal })).data;
}

export function getReleasesQueryOptions(filters: ReleaseFilters) {
  return infiniteQueryOptions({
    queryKey: ['releases', 'list', filters],
    queryFn: ({ pageParam, signal }) => getReleases(filters, { after: pageParam, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next ?? null,
  });
}

/** Releases matching `filters`, newest first, a page at a time ("Load more" fetches the next). */
export function useReleases(filters: ReleaseFilters) {
  return useInfiniteQuery({
    ...getReleasesQueryOptions(filters),
    placeholderData: keepPreviousData,
  });
}
