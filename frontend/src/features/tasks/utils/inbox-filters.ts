import {
  CHANGE_TASK_KINDS,
  RELEASE_TASK_KINDS,
  TASK_KINDS,
  type TaskQuery,
  type TaskScope,
} from '../api/get-tasks';

import { kindLabel } from './task-kinds';

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4', 'P5'] as const;

export const DUE_OPTIONS = [
  { value: 'overdue', label: 'Overdue' },
  { value: 'today', label: 'Due today' },
  { value: 'week', label: 'Due this week' },
] as const;

export const SORT_OPTIONS = [
  { value: 'due', label: 'Due date' },
  { value: 'priority', label: 'Priority' },
  { value: 'age', label: 'Age (oldest first)' },
] as const;

const kindOptions = (kinds: readonly string[]) =>
  kinds.map((kind) => ({ value: kind, label: kindLabel(kind) }));

/** The kind filter's choices, change tasks and release tasks apart. */
export const KIND_OPTIONS = [
  { group: 'Changes', items: kindOptions(CHANGE_TASK_KINDS) },
  { group: 'Releases', items: kindOptions(RELEASE_TASK_KINDS) },
];

/** The order the server uses when none is asked for. */
export const DEFAULT_SORT = 'due';

type Filter = 'kind' | 'priority' | 'due' | 'sort';

const ALLOWED: Record<Filter, readonly string[]> = {
  kind: TASK_KINDS,
  priority: PRIORITIES,
  due: DUE_OPTIONS.map((o) => o.value),
  sort: SORT_OPTIONS.map((o) => o.value),
};

function pick<K extends Filter>(params: URLSearchParams, name: K): TaskQuery[K] | undefined {
  const value = params.get(name);
  return value !== null && ALLOWED[name].includes(value) ? (value as TaskQuery[K]) : undefined;
}

/** The inbox tabs; "To do" is the default, so people land where their work is. */
export function scopeOf(value: string | null): TaskScope {
  return value === 'mine' || value === 'groups' ? value : 'todo';
}

/**
 * The inbox state kept in the URL (`?scope=groups&kind=CAB_VOTE&due=overdue&sort=priority`), so
 * a filtered view can be bookmarked and survives a reload. Unknown values are ignored rather than
 * sent to the server, which would answer 400.
 */
export function inboxQueryOf(params: URLSearchParams): TaskQuery {
  const scope = scopeOf(params.get('scope'));
  const query: TaskQuery = { scope };
  for (const name of ['kind', 'priority', 'due', 'sort'] as const) {
    const value = pick(params, name);
    if (value !== undefined) Object.assign(query, { [name]: value });
  }
  return query;
}

/** The URL search params for `query`, leaving out the defaults. */
export function inboxSearchParams(query: TaskQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.scope !== 'todo') params.set('scope', query.scope);
  if (query.kind) params.set('kind', query.kind);
  if (query.priority) params.set('priority', query.priority);
  if (query.due) params.set('due', query.due);
  if (query.sort && query.sort !== DEFAULT_SORT) params.set('sort', query.sort);
  return params;
}

/** `query` with one filter set (a value) or cleared (null). */
export function withFilter(query: TaskQuery, name: Filter, value: string | null): TaskQuery {
  const next: TaskQuery = { ...query };
  if (value === null || value === '') delete next[name];
  else Object.assign(next, { [name]: value });
  return next;
}

/** Whether any filter narrows the list (the order does not). */
export function isFiltered(query: TaskQuery): boolean {
  return Boolean(query.kind || query.priority || query.due);
}
