import { queryOptions, useQuery } from '@tanstack/react-query';

import { getNotificationsUnreadCount } from '@/api/generated/sdk.gen';

export async function getUnreadCount({ signal }: { signal?: AbortSignal } = {}): Promise<number> {
  return (await getNotificationsUnreadCount({ signal })).data.count;
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
