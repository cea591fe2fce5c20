import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';

import { api } from '@/lib/api-client';
import { nullable } from '@/lib/schema';

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  subject: z.string(),
  body: nullable(z.string()),
  link: nullable(z.string()),
  changeKey: nullable(z.string()),
  createdAt: z.string(),
  read: z.boolean(),
});

export type Notification = z.infer<typeof notificationSchema>;

const notificationPageSchema = z.object({
  items: z.array(notificationSchema),
  next: nullable(z.string()),
});

export type NotificationQuery = { unread?: boolean; limit: number };

export async function getNotifications(
  { unread, limit }: NotificationQuery,
  { signal }: { signal?: AbortSignal } = {},
) {
  const params = new URLSearchParams();
  if (unread) params.set('unread', 'true');
  params.set('limit', String(limit));
  return notificationPageSchema.parse(await api.get(`/notifications?${params}`, { signal }));
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
