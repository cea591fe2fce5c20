import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { z } from 'zod';

import { taskQueryKey } from '@/features/tasks/api/get-task';
import type { Task } from '@/features/tasks/api/get-tasks';
import { connectEventStream } from '@/lib/event-stream';

const taskEvent = z.object({
  id: z.string(),
  changeKey: z.string().nullish(),
  state: z.enum(['OPEN', 'COMPLETED', 'CANCELED']),
  assignee: z.string().nullish(),
  completedBy: z.string().nullish(),
  version: z.number().nullish(),
});
const changeEvent = z.object({ key: z.string() });

// The changes feature's key for one change (changeQueryKey). Importing it would pull the change
// schemas into the initial JS, which every page loads; its test checks the two agree.
export const changeDetailKey = (key: string) => ['changes', 'detail', key] as const;

const invalidate = (client: QueryClient, queryKey: readonly unknown[]) =>
  void client.invalidateQueries({ queryKey });

/** Brings the cached server state up to date with one event from /api/events. */
export function applyLiveEvent(client: QueryClient, type: string, data: unknown) {
  if (type === 'task') {
    const event = taskEvent.safeParse(data);
    if (!event.success) return;
    const { id, changeKey, state, assignee, completedBy } = event.data;
    // At once, before the refetch: a form open on this task must not take more input.
    client.setQueryData<Task>(
      taskQueryKey(id),
      (task) =>
        task && {
          ...task,
          state,
          assignee: assignee ?? null,
          completedBy: completedBy ?? task.completedBy,
        },
    );
    invalidate(client, taskQueryKey(id));
    invalidate(client, ['tasks', 'list']);
    invalidate(client, ['tasks', 'count']);
    // A vote moves the change's tally and the CAB agenda.
    if (changeKey) invalidate(client, changeDetailKey(changeKey));
    invalidate(client, ['cab']);
  } else if (type === 'change') {
    const event = changeEvent.safeParse(data);
    if (!event.success) return;
    invalidate(client, changeDetailKey(event.data.key));
    invalidate(client, ['changes', 'list']);
    invalidate(client, ['cab']);
  } else if (type === 'release') {
    invalidate(client, ['releases']);
  }
}

/** After a break in the stream anything may have changed. */
function refreshAll(client: QueryClient) {
  for (const prefix of ['tasks', 'changes', 'cab', 'releases']) invalidate(client, [prefix]);
}

/** One event stream per signed-in page; `enabled` is false until the user is known. */
export function useLiveUpdates(enabled: boolean) {
  const client = useQueryClient();
  useEffect(() => {
    // jsdom and very old browsers have no EventSource; the task count poll still runs there.
    if (!enabled || typeof EventSource === 'undefined') return undefined;
    const handler = (type: string) => (data: unknown) => applyLiveEvent(client, type, data);
    return connectEventStream(
      '/api/events',
      { task: handler('task'), change: handler('change'), release: handler('release') },
      { onReconnect: () => refreshAll(client) },
    );
  }, [enabled, client]);
}
