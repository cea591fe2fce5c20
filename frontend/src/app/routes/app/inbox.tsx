import { Stack } from '@mantine/core';

import { FlashAlert } from '@/components/ui/flash-alert';
import { useMe } from '@/features/auth/api/get-me';
import { InboxOverview } from '@/features/inbox/components/inbox-overview';
import { InboxSkeleton } from '@/features/inbox/components/inbox-skeleton';
import { TaskInbox } from '@/features/tasks/components/task-inbox';
import { ROLE_LABELS } from '@/lib/roles';

export function InboxRoute() {
  const me = useMe();
  if (!me.data) return <InboxSkeleton />;
  return (
    <InboxOverview
      displayName={me.data.displayName}
      roleLabels={me.data.roles.map((role) => ROLE_LABELS[role])}
    >
      <Stack>
        <FlashAlert />
        <TaskInbox />
      </Stack>
    </InboxOverview>
  );
}
