import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { getTasks as fetchTasks } from '@/api/generated/sdk.gen';
import type { TaskView } from '@/api/generated/types.gen';

export const CHANGE_TASK_KINDS = [
  'REVIEW_RFC',
  'CAB_VOTE',
  'ECAB_APPROVAL',
  'DECIDE_ESCALATED',
  'PROVIDE_INFORMATION',
  'RESOLVE_CONFLICT',
  'READY_FOR_RELEASE',
  'PIR',
] as const;
/** Tasks of the release process: their `changeKey` and `changeTitle` name the release. */
export const RELEASE_TASK_KINDS = [
  'ACCEPT_RELEASE',
  'REVIEW_ROLLOUT_PLAN',
  'START_ROLLOUT',
  'GO_NO_GO',
] as const;
export const TASK_KINDS = [...CHANGE_TASK_KINDS, ...RELEASE_TASK_KINDS] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export function isKnownKind(kind: string): kind is TaskKind {
  return (TASK_KINDS as readonly string[]).includes(kind);
}

export type Task = TaskView;

/** `todo`: mine and my groups' unclaimed together, where the inbox opens. */
export type TaskScope = 'todo' | 'mine' | 'groups' | 'all';

/** The inbox's server-side filters and order (GET /api/tasks); unset filters are left out. */
export type TaskQuery = {
  scope: TaskScope;
  kind?: string;
  priority?: string;
  due?: 'overdue' | 'today' | 'week';
  sort?: 'due' | 'priority' | 'age';
};

/** The query of GET /api/tasks, open tasks only; unset filters are left out. */
export function taskListQuery({ scope, kind, priority, due, sort }: TaskQuery) {
  return {
    scope,
    state: 'OPEN',
    ...(kind ? { kind } : {}),
    ...(priority ? { priority } : {}),
    ...(due ? { due } : {}),
    ...(sort ? { sort } : {}),
  };
}

/** One page of the inbox and how many tasks match in all (the server's `X-Total-Count`). */
export type TaskPage = { tasks: Task[]; total: number };

/** A page of open tasks from `offset` on; the server decides the page size. */
export async function getTasks(
  query: TaskQuery,
  { offset = 0, signal }: { offset?: number; signal?: AbortSignal } = {},
): Promise<TaskPage> {
  const { data: tasks, response } = await fetchTasks({
    query: { ...taskListQuery(query), ...(offset > 0 ? { offset: String(offset) } : {}) },
    signal,
  });
  const total = Number(response.headers.get('X-Total-Count') ?? Number.NaN);
  // Without the header, what came is all there is.
  return { tasks, total: Number.isFinite(total) ? total : offset + tasks.length };
}

/** The next page starts after the tasks loaded so far, until they are all there. */
export function nextOffset(pages: TaskPage[]): number | undefined {
  const loaded = pages.reduce((sum, page) => sum + page.tasks.length, 0);
  const last = pages.at(-1);
  return last && last.tasks.length > 0 && loaded < last.total ? loaded : undefined;
}

export function getTasksQueryOptions(query: TaskQuery) {
  return infiniteQueryOptions({
    queryKey: ['tasks', 'list', query],
    queryFn: ({ pageParam, signal }) => getTasks(query, { offset: pageParam, signal }),
    initialPageParam: 0,
    getNextPageParam: (_last: TaskPage, pages: TaskPage[]) => nextOffset(pages),
    staleTime: 15_000,
  });
}

/**
 * Open tasks of the user (`mine`) or offered to their groups (`groups`), in the server's order, a
 * page at a time (`fetchNextPage` loads more).
 */
export function useTasks(query: TaskQuery) {
  return useInfiniteQuery(getTasksQueryOptions(query));
}
