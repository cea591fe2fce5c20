import type { ReleaseFilters } from '../api/get-releases';

import { RELEASE_STATES, type ReleaseState } from './vocabulary';

/** The filters of the releases list as the user sets them; kept in the URL so Back restores them. */
export type ListFilters = { state: ReleaseState | null; q: string };

export function listFiltersFromSearch(search: URLSearchParams): ListFilters {
  const state = search.get('state');
  return {
    state:
      state !== null && (RELEASE_STATES as readonly string[]).includes(state)
        ? (state as ReleaseState)
        : null,
    q: search.get('q') ?? '',
  };
}

export function listFiltersToSearch(filters: ListFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.state) search.set('state', filters.state);
  if (filters.q.trim()) search.set('q', filters.q.trim());
  return search;
}

export function toReleaseFilters(filters: ListFilters): ReleaseFilters {
  return { state: filters.state, q: filters.q.trim() || null };
}

export function isFiltered(filters: ListFilters): boolean {
  return listFiltersToSearch(filters).toString() !== '';
}
