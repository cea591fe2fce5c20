import { CI_TYPES, type CiType } from '@/components/cmdb/ci-vocabulary';

import type { CiFilters } from '../api/get-cis';

/** The CMDB list's filters as the user sets them; kept in the URL so Back restores them. */
export type ListFilters = { q: string; type: CiType | null };

export function listFiltersFromSearch(search: URLSearchParams): ListFilters {
  const type = search.get('type');
  return {
    q: search.get('q') ?? '',
    type: type !== null && (CI_TYPES as string[]).includes(type) ? (type as CiType) : null,
  };
}

export function listFiltersToSearch(filters: ListFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.q.trim()) search.set('q', filters.q.trim());
  if (filters.type) search.set('type', filters.type);
  return search;
}

export function toCiFilters(filters: ListFilters): CiFilters {
  return { q: filters.q.trim() || null, type: filters.type };
}

export function isFiltered(filters: ListFilters): boolean {
  return listFiltersToSearch(filters).toString() !== '';
}
