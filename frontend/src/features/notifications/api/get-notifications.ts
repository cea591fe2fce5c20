import { queryOptions, useQuery } from '@tanstack/react-query';

import { getNotifications as fetchNotifications } from '@/api/generated/sdk.gen';
import type { NotificationView } from '@/api/generated/types.gen';

export type Notification = NotificationView;

export type NotificationQuery = { unread?: boolean; limit: number };

export async function getNotifications(
  { unread, limit }: NotificationQuery,
  { signal }: { signal?: AbortSignal } = {},
) {
  const query = { ...(unread ? { unread: true } : {}), limit };
  return (await fetchNotifications({ query, signal })).data;
}

export function getNotificationsQueryOptions(query: NotificationQuery) {
  return queryOptions({
    queryKey: ['notifications', 'list', query],
    queryFn: ({ signal }) => getNotifications(query, { signal }),
    staleTime: 0,
  });
}

export function useNotifications(query: NotificationQuery, { enabled = true } = {}) {
  return useQuery({ ...getNotificationsQueryOptions(query), enabled });
}
