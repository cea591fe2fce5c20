import { Anchor, Skeleton, Stack, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { safeRedirect } from '@/config/paths';
import { formatDateTime } from '@/lib/time-zone';

import { useNotifications, type Notification } from '../api/get-notifications';

export const LATEST = 10;

/** A link inside this app, or undefined: notifications must not send anyone elsewhere. */
export function internalLink(link: string | null | undefined): string | undefined {
  return safeRedirect(link, '') || undefined;
}

function Item({
  notification,
  onOpen,
}: {
  notification: Notification;
  onOpen: (n: Notification) => void;
}) {
  const href = internalLink(notification.link);
  const content = (
    <>
      <Text size="sm" fw={notification.read ? 400 : 700} lineClamp={1}>
        {notification.subject}
      </Text>
      {notification.body && (
        <Text size="xs" c="dimmed" lineClamp={2}>
          {notification.body}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {formatDateTime(notification.createdAt)}
      </Text>
    </>
  );
  return href ? (
    <Anchor
      component={Link}
      to={href}
      underline="never"
      c="inherit"
      onClick={() => onOpen(notification)}
    >
      {content}
    </Anchor>
  ) : (
    <UnstyledButton onClick={() => onOpen(notification)}>{content}</UnstyledButton>
  );
}

/** The latest notifications, read or not; fetched only while shown. */
export function NotificationList({ onOpen }: { onOpen: (notification: Notification) => void }) {
  const notifications = useNotifications({ limit: LATEST });
  if (notifications.isPending) return <Skeleton height={120} aria-label="Loading notifications" />;
  if (notifications.isError) {
    return <ProblemAlert error={notifications.error} />;
  }
  if (notifications.data.items.length === 0) {
    return (
      <Text size="sm" c="dimmed" ta="center" py="md">
        No notifications
      </Text>
    );
  }
  return (
    <Stack
      gap="sm"
      component="ul"
      aria-label="Latest notifications"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {notifications.data.items.map((notification) => (
        <li key={notification.id}>
          <Item notification={notification} onOpen={onOpen} />
        </li>
      ))}
    </Stack>
  );
}
