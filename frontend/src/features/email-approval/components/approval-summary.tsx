import { Badge, Group, Stack, Text, Title } from '@mantine/core';

import { browserTimeZone, formatInZone, formatWindow } from '@/lib/time-zone';

import type { EmailApproval } from '../api/get-email-approval';

const KIND_LABELS: Record<string, string> = {
  CAB_VOTE: 'CAB vote',
  ECAB_APPROVAL: 'ECAB approval',
};

/** The change a link decides on, and as whom. */
export function ChangeSummary({ approval }: { approval: EmailApproval }) {
  const { task } = approval;
  if (!task) return null;
  const zone = browserTimeZone();
  return (
    <Stack gap="xs">
      <Title order={1} size="h2">
        {KIND_LABELS[task.kind] ?? task.title}: {task.changeKey}
      </Title>
      <Text fw={500}>{task.changeTitle}</Text>
      <Group gap="xs">
        {task.priority && <Badge variant="outline">{task.priority}</Badge>}
        {task.risk && <Badge variant="light">Risk {task.risk.toLowerCase()}</Badge>}
      </Group>
      <Text size="sm">
        <Text span c="dimmed">
          Planned window:{' '}
        </Text>
        {formatWindow(task.plannedStart, task.plannedEnd, zone)}
      </Text>
      <Text size="sm">
        <Text span c="dimmed">
          Deciding as:{' '}
        </Text>
        {approval.approverName ?? approval.approver} ({approval.approver})
      </Text>
      <Text size="sm" c="dimmed">
        This link works once, until {formatInZone(approval.expiresAt, zone)}.
      </Text>
    </Stack>
  );
}
