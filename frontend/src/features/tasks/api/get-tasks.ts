import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { api } from '@/lib/api-client';
import { list, nullable } from '@/lib/schema';

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

export const taskSchema = z.object({
  id: z.string(),
  // For a task of the release process: the release's key (REL-…) and name.
  changeKey: z.string(),
  changeTitle: z.string(),
  elementId: z.string(),
  // Kept open: a task of a kind this UI does not know yet still belongs in the inbox.
  kind: z.string(),
  title: z.string(),
  assignee: nullable(z.string()),
  candidateGroups: list(z.string()),
  candidateUsers: list(z.string()),
  dueAt: nullable(z.string()),
  priority: nullable(z.enum(['P1', 'P2', 'P3', 'P4', 'P5'])),
  createdAt: z.string(),
  state: z.enum(['OPEN', 'COMPLETED', 'CANCELED']),
  completedBy: nullable(z.string()),
  completedAt: nullable(z.string()),
  outcome: nullable(z.string()),
  allowedToComplete: z.boolean(),
  notAllowedReason: nullable(z.string()),
  approverRoles: list(z.string()),
  // Added with claiming and delegating; defaults keep older answers (and fixtures) readable.
  version: z.number().int().default(0),
  claimable: z.boolean().default(false),
  unclaimable: z.boolean().default(false),
  delegable: z.boolean().default(false),
  delegatedBy: nullable(z.string()),
  overdue: z.boolean().default(false),
});

export type Task = z.infer<typeof taskSchema>;

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

/** The query string of GET /api/tasks, open tasks only. */
export function taskListParams({ scope, kind, priority, due, sort }: TaskQuery): string {
  const params = new URLSearchParams({ scope, state: 'OPEN' });
  if (kind) params.set('kind', kind);
  if (priority) params.set('priority', priority);
  if (due) params.set('due', due);
  if (sort) params.set('sort', sort);
  return params.toString();
}

/** One page of the inbox and how many tasks match in all (the server's `X-Total-Count`). */
export type TaskPage = { tasks: Task[]; total: number };

/** A page of open tasks from `offset` on; the server decides the page size. */
export async function getTasks(
  query: TaskQuery,
  { offset = 0, signal }: { offset?: number; signal?: AbortSignal } = {},
): Promise<TaskPage> {
  const params = taskListParams(query) + (offset > 0 ? `&offset=${offset}` : '');
  const { body, headers } = await api.getWithHeaders<unknown>(`/tasks?${params}`, { signal });
  const tasks = z.array(taskSchema).parse(body);
  const total = Number(headers.get('X-Total-Count') ?? Number.NaN);
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
