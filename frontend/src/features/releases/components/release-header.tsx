import { Badge, Group, Stack, Text, Title } from '@mantine/core';

import { browserTimeZone, formatWindow } from '@/lib/time-zone';

import type { ReleaseView } from '../api/get-release';
import { humanize, isRunning } from '../utils/vocabulary';

import { Fact } from './fact';
import { ReleaseStateBadge } from './release-state-badge';

/** Key, name, state, the step it is at and the facts people look for first. */
export function ReleaseHeader({ release }: { release: ReleaseView }) {
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Text fw={700} c="dimmed">
          {release.key}
        </Text>
        <ReleaseStateBadge state={release.state} size="md" />
        {isRunning(release.state) && (
          <Badge variant="dot" color="blue" size="md">
            Live
          </Badge>
        )}
      </Group>
      <Title order={2}>{release.name}</Title>
      <Group gap="xl">
        <Fact label="Current step">{release.currentStepName ?? '—'}</Fact>
        <Fact label="Type">{humanize(release.type)}</Fact>
        <Fact label={`Planned window (${browserTimeZone()})`}>
          {formatWindow(release.plannedStart, release.plannedEnd, browserTimeZone())}
        </Fact>
        <Fact label="Built by">{release.builder ?? 'Not built yet'}</Fact>
      </Group>
    </Stack>
  );
}
