import { Button, Divider, Group, Popover, Text } from '@mantine/core';
import { useState } from 'react';

import type { Notification } from '../api/get-notifications';
import { useMarkAllRead } from '../api/mark-all-read';
import { useMarkNotificationRead } from '../api/mark-notification-read';

import { BellButton } from './bell-button';
import { NotificationList } from './notification-list';

/** The bell with its popover of the latest notifications; loaded on the first click. */
export function NotificationsPopover({ count }: { count: number }) {
  const [opened, setOpened] = useState(true);
  const markRead = useMarkNotificationRead();
  const markAllRead = useMarkAllRead();

  function open(notification: Notification) {
    if (!notification.read) markRead.mutate(notification.id);
    setOpened(false);
  }

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={340} shadow="md">
      <Popover.Target>
        <BellButton count={count} onClick={() => setOpened((o) => !o)} expanded={opened} />
      </Popover.Target>
      <Popover.Dropdown aria-label="Notifications">
        <Group justify="space-between" mb="xs">
          <Text fw={600} size="sm">
            Notifications
          </Text>
          <Button
            variant="subtle"
            size="compact-xs"
            onClick={() => markAllRead.mutate()}
            loading={markAllRead.isPending}
            disabled={count === 0}
          >
            Mark all read
          </Button>
        </Group>
        <Divider mb="xs" />
        {opened && <NotificationList onOpen={open} />}
      </Popover.Dropdown>
    </Popover>
  );
}
