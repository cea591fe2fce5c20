import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { api } from '@/lib/api-client';

export const unreadCountSchema = z.object({ count: z.number().int() });

export async function getUnreadCount({ signal }: { signal?: AbortSignal } = {}): Promise<number> {
  return unreadCountSchema.parse(await api.get('/notifications/unread-count', { signal })).count;
}

export const UNREAD_POLL_MS = 30_000;

export function getUnreadCountQueryOptions() {
  return queryOptions({
    queryKey: ['notifications', 'unread-count'],
    queryFn: ({ signal }) => getUnreadCount({ signal }),
    refetchInterval: UNREAD_POLL_MS,
    staleTime: 10_000,
  });
}

/** Unread notifications of the signed-in user, polled every 30 s while the page is visible. */
export function useUnreadCount() {
  return useQuery(getUnreadCountQueryOptions());
}
