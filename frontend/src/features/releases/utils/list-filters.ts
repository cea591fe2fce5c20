import type { ReleaseFilters } from '../api/get-releases';

import { RELEASE_STATES, type ReleaseState } from './vocabulary';

/** The filters of the releases list as the user sets them; kept in the URL so Back restores them. */
export type ListFilters = { state: ReleaseState[]; q: string };

function isState(value: string): value is ReleaseState {
  return (RELEASE_STATES as readonly string[]).includes(value);
}

/** Reads the filters from the page's URL, ignoring values that are not filters. */
export function listFiltersFromSearch(search: URLSearchParams): ListFilters {
  return { state: search.getAll('state').filter(isState), q: search.get('q') ?? '' };
}

export function listFiltersToSearch(filters: ListFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const state of filters.state) search.append('state', state);
  if (filters.q.trim()) search.set('q', filters.q.trim());
  return search;
}

export function toReleaseFilters(filters: ListFilters): ReleaseFilters {
  return { state: filters.state, q: filters.q.trim() || null };
}

export function isFiltered(filters: ListFilters): boolean {
  return listFiltersToSearch(filters).toString() !== '';
}
