import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

import { browserTimeZone, formatWindow } from '@/lib/time-zone';

import type { ChangeSummary } from '../api/get-changes';
import { CLASS_LABELS, RISK_LABELS } from '../utils/vocabulary';

import { ChangeStateBadge } from './change-state-badge';
import { usePersonName } from '@/hooks/use-person-name';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

/** Key, title, state and the facts people look for first. */
export function ChangeHeader({
  change,
  titleOrder = 2,
}: {
  change: ChangeSummary & { emergency?: boolean };
  titleOrder?: 2 | 3;
}) {
  const personName = usePersonName();
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Text fw={700} c="dimmed">
          {change.key}
        </Text>
        <ChangeStateBadge state={change.state} size="md" />
        {change.emergency && (
          <Badge color="red" variant="filled" size="md">
            Emergency
          </Badge>
        )}
      </Group>
      <Title order={titleOrder}>{change.title}</Title>
      <Group gap="xl">
        <Fact label="Class">
          {change.changeClass ? CLASS_LABELS[change.changeClass] : 'Not classified'}
        </Fact>
        <Fact label="Risk">{change.risk ? RISK_LABELS[change.risk] : '—'}</Fact>
        <Fact label="Priority">{change.priority ?? '—'}</Fact>
        <Fact label="Requester">{personName(change.requester)}</Fact>
        <Fact label={change.timeZone ? `Planned window (${change.timeZone})` : 'Planned window'}>
          {formatWindow(
            change.plannedStart,
            change.plannedEnd,
            change.timeZone ?? browserTimeZone(),
          )}
        </Fact>
        {change.currentStepName && <Fact label="Current step">{change.currentStepName}</Fact>}
      </Group>
    </Stack>
  );
}
