import { Anchor, Badge, Group, Paper, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { browserTimeZone, formatWindow } from '@/lib/time-zone';

import type { ReleaseView } from '../api/get-release';

import { Fact } from './fact';
import { ReleaseChanges } from './release-changes';
import { ReleaseStateBadge } from './release-state-badge';
import { TestResults } from './test-results';
import { WaveProgress } from './wave-progress';
import { WavesPlan } from './waves-plan';

function artifactCount(count: number): string {
  if (count === 0) return 'None registered';
  return count === 1 ? '1 registered' : `${count} registered`;
}

/**
 * What someone deciding on a release task needs beside the form: where the release stands, the
 * changes it carries, its waves and how its build and tests went.
 */
export function ReleaseBrief({ release }: { release: ReleaseView }) {
  return (
    <Paper withBorder p="md">
      <Stack>
        <Stack gap="xs">
          <Group gap="sm">
            <Text fw={700} c="dimmed">
              {release.key}
            </Text>
            <ReleaseStateBadge state={release.state} size="md" />
          </Group>
          <Title order={3}>{release.name}</Title>
        </Stack>
        <Group>
          <Anchor component={Link} to={paths.release.getHref(release.key)} size="sm">
            Open {release.key}
          </Anchor>
        </Group>
        <Group gap="xl">
          <Fact label="Current step">{release.currentStepName ?? '—'}</Fact>
          <Fact label={`Planned window (${browserTimeZone()})`}>
            {formatWindow(release.plannedStart, release.plannedEnd, browserTimeZone())}
          </Fact>
          <Fact label="Artifacts">{artifactCount(release.artifacts.length)}</Fact>
        </Group>
        <Tabs defaultValue="changes" keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab
              value="changes"
              rightSection={
                <Badge size="xs" variant="light" circle>
                  {release.changes.length}
                </Badge>
              }
            >
              Changes
            </Tabs.Tab>
            <Tabs.Tab value="waves">Waves</Tabs.Tab>
            <Tabs.Tab value="tests">Tests</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="changes">
            <ReleaseChanges release={release} editable={false} />
          </Tabs.Panel>
          <Tabs.Panel value="waves">
            <Stack>
              {release.waveProgress.length > 0 && <WaveProgress waves={release.waveProgress} />}
              <WavesPlan waves={release.waves} />
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="tests">
            <TestResults results={release.testResults} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Paper>
  );
}

export function ReleaseBriefSkeleton() {
  return <Skeleton height={240} aria-label="Loading the release" />;
}
