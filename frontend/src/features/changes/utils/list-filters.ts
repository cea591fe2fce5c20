import type { ChangeFilters } from '../api/get-changes';

import {
  CHANGE_CLASSES,
  CHANGE_STATES,
  PRIORITIES,
  type ChangeClass,
  type ChangeState,
  type Priority,
} from './vocabulary';

/** The filters of the changes list as the user sets them; kept in the URL so Back restores them. */
export type ListFilters = {
  state: ChangeState[];
  changeClass: ChangeClass | null;
  priority: Priority | null;
  q: string;
  mine: boolean;
};

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

/** Reads the filters from the page's URL, ignoring values that are not filters. */
export function listFiltersFromSearch(search: URLSearchParams): ListFilters {
  return {
    state: search
      .getAll('state')
      .map((state) => oneOf(CHANGE_STATES, state))
      .filter((state): state is ChangeState => state !== null),
    changeClass: oneOf(CHANGE_CLASSES, search.get('class')),
    priority: oneOf(PRIORITIES, search.get('priority')),
    q: search.get('q') ?? '',
    mine: search.get('mine') === '1',
  };
}

export function listFiltersToSearch(filters: ListFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const state of filters.state) search.append('state', state);
  if (filters.changeClass) search.set('class', filters.changeClass);
  if (filters.priority) search.set('priority', filters.priority);
  if (filters.q.trim()) search.set('q', filters.q.trim());
  if (filters.mine) search.set('mine', '1');
  return search;
}

/** What to ask the server for; "mine" means changes `username` requested. */
export function toChangeFilters(filters: ListFilters, username: string): ChangeFilters {
  return {
    state: filters.state,
    changeClass: filters.changeClass,
    priority: filters.priority,
    q: filters.q.trim() || null,
    requester: filters.mine ? username : null,
  };
}

export function isFiltered(filters: ListFilters): boolean {
  return listFiltersToSearch(filters).toString() !== '';
}
