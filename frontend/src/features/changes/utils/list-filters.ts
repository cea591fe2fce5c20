import { dayOrEmpty, endOfDay, startOfDay } from '@/lib/day-period';

import type { ChangeFilters } from '../api/get-changes';

import {
  CHANGE_DATES,
  CHANGE_SORTS,
  CHANGE_CLASSES,
  CHANGE_STATES,
  PRIORITIES,
  type ChangeClass,
  type ChangeDate,
  type ChangeSort,
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
  /** Which date the period bounds; null means submitted. */
  date: ChangeDate | null;
  /** The first and last day of the period (YYYY-MM-DD, UTC), or ''. */
  from: string;
  to: string;
  /** null: newest submitted first. */
  sort: ChangeSort | null;
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
    date: oneOf(CHANGE_DATES, search.get('date')),
    from: dayOrEmpty(search.get('from')),
    to: dayOrEmpty(search.get('to')),
    sort: oneOf(CHANGE_SORTS, search.get('sort')),
  };
}

export function listFiltersToSearch(filters: ListFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const state of filters.state) search.append('state', state);
  if (filters.changeClass) search.set('class', filters.changeClass);
  if (filters.priority) search.set('priority', filters.priority);
  if (filters.q.trim()) search.set('q', filters.q.trim());
  if (filters.mine) search.set('mine', '1');
  if (filters.date && filters.date !== 'SUBMITTED') search.set('date', filters.date);
  if (filters.from) search.set('from', filters.from);
  if (filters.to) search.set('to', filters.to);
  if (filters.sort && filters.sort !== 'SUBMITTED') search.set('sort', filters.sort);
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
    ...period(filters),
    sort: filters.sort,
  };
}

/** The period as the API takes it: whole days on the chosen date (submitted unless chosen). */
function period(filters: ListFilters): Pick<ChangeFilters, 'date' | 'from' | 'to'> {
  if (!filters.from && !filters.to) return {};
  return {
    date: filters.date ?? 'SUBMITTED',
    from: filters.from ? startOfDay(filters.from) : null,
    to: filters.to ? endOfDay(filters.to) : null,
  };
}

export function isFiltered(filters: ListFilters): boolean {
  // The order narrows nothing.
  return listFiltersToSearch({ ...filters, sort: null }).toString() !== '';
}
