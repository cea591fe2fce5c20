import { dayOrEmpty, endOfDay, startOfDay } from '@/lib/day-period';

import type { ReleaseFilters } from '../api/get-releases';

import {
  RELEASE_DATES,
  RELEASE_SORTS,
  RELEASE_STATES,
  type ReleaseDate,
  type ReleaseSort,
  type ReleaseState,
} from './vocabulary';

/** The filters of the releases list as the user sets them; kept in the URL so Back restores them. */
export type ListFilters = {
  state: ReleaseState[];
  q: string;
  /** Which date the period bounds; null means created. */
  date: ReleaseDate | null;
  /** The first and last day of the period (YYYY-MM-DD, UTC), or ''. */
  from: string;
  to: string;
  /** null: newest first. */
  sort: ReleaseSort | null;
};

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

/** Reads the filters from the page's URL, ignoring values that are not filters. */
export function listFiltersFromSearch(search: URLSearchParams): ListFilters {
  return {
    state: search
      .getAll('state')
      .map((state) => oneOf(RELEASE_STATES, state))
      .filter((state): state is ReleaseState => state !== null),
    q: search.get('q') ?? '',
    date: oneOf(RELEASE_DATES, search.get('date')),
    from: dayOrEmpty(search.get('from')),
    to: dayOrEmpty(search.get('to')),
    sort: oneOf(RELEASE_SORTS, search.get('sort')),
  };
}

export function listFiltersToSearch(filters: ListFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const state of filters.state) search.append('state', state);
  if (filters.q.trim()) search.set('q', filters.q.trim());
  if (filters.date && filters.date !== 'CREATED') search.set('date', filters.date);
  if (filters.from) search.set('from', filters.from);
  if (filters.to) search.set('to', filters.to);
  if (filters.sort && filters.sort !== 'CREATED') search.set('sort', filters.sort);
  return search;
}

export function toReleaseFilters(filters: ListFilters): ReleaseFilters {
  const hasPeriod = Boolean(filters.from || filters.to);
  return {
    state: filters.state,
    q: filters.q.trim() || null,
    date: hasPeriod ? (filters.date ?? 'CREATED') : null,
    from: filters.from ? startOfDay(filters.from) : null,
    to: filters.to ? endOfDay(filters.to) : null,
    sort: filters.sort,
  };
}

export function isFiltered(filters: ListFilters): boolean {
  // The order narrows nothing.
  return listFiltersToSearch({ ...filters, sort: null }).toString() !== '';
}
