import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { api } from '@/lib/api-client';
import { list, nullable } from '@/lib/schema';

export const TASK_KINDS = [
  'REVIEW_RFC',
  'CAB_VOTE',
  'ECAB_APPROVAL',
  'DECIDE_ESCALATED',
  'PROVIDE_INFORMATION',
  'RESOLVE_CONFLICT',
  'READY_FOR_RELEASE',
  'PIR',
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export function isKnownKind(kind: string): kind is TaskKind {
  return (TASK_KINDS as readonly string[]).includes(kind);
}

export const taskSchema = z.object({
  id: z.string(),
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
});

export type Task = z.infer<typeof taskSchema>;

export type TaskScope = 'mine' | 'groups' | 'all';

export async function getTasks(scope: TaskScope, { signal }: { signal?: AbortSignal } = {}) {
  return z.array(taskSchema).parse(await api.get(`/tasks?scope=${scope}&state=OPEN`, { signal }));
}

export function getTasksQueryOptions(scope: TaskScope) {
  return queryOptions({
    queryKey: ['tasks', 'list', scope],
    queryFn: ({ signal }) => getTasks(scope, { signal }),
    staleTime: 15_000,
  });
}

/** Open tasks assigned to the user (`mine`) or offered to their groups (`groups`). */
export function useTasks(scope: TaskScope) {
  return useQuery(getTasksQueryOptions(scope));
}
