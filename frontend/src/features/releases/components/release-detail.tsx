import { Alert, Badge, Card, Group, Paper, Stack, Tabs, Title } from '@mantine/core';

import type { ReleaseView } from '../api/get-release';
import { releaseActions, type Viewer } from '../utils/release-actions';

import { ReleaseActionsBar } from './release-actions-bar';
import { ReleaseArtifacts } from './release-artifacts';
import { ReleaseChanges } from './release-changes';
import { ReleaseDiagram } from './release-diagram';
import { ReleaseHeader } from './release-header';
import { ReleaseOverview } from './release-overview';
import { ReleaseTimeline } from './release-timeline';
import { RolloutWindow } from './rollout-window';
import { TestResults } from './test-results';
import { WaveProgress } from './wave-progress';
import { WavesEditor } from './waves-editor';
import { WavesPlan } from './waves-plan';

export function ReleaseDetail({ release, viewer }: { release: ReleaseView; viewer: Viewer }) {
  const { edit } = releaseActions(release, viewer);
  const engineer = viewer.roles.includes('RELEASE_ENGINEER');
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <ReleaseHeader release={release} />
        <ReleaseActionsBar release={release} viewer={viewer} />
      </Group>
      <RolloutWindow release={release} viewer={viewer} />
      {release.waveProgress.length > 0 && (
        <Card withBorder>
          <Title order={3} size="h5" mb="sm">
            Rollout progress
          </Title>
          {release.backout && (
            <Alert color="red" variant="light" title="Why it was backed out" mb="sm">
              {release.backout.summary}
            </Alert>
          )}
          <WaveProgress waves={release.waveProgress} />
        </Card>
      )}
      <Paper withBorder p="md">
        <Tabs defaultValue="overview" keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="overview">Overview</Tabs.Tab>
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
            <Tabs.Tab value="artifacts">Artifacts</Tabs.Tab>
            <Tabs.Tab value="tests">Tests</Tabs.Tab>
            <Tabs.Tab value="timeline">Timeline</Tabs.Tab>
            <Tabs.Tab value="diagram">Diagram</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="overview">
            <ReleaseOverview release={release} editable={edit} />
          </Tabs.Panel>
          <Tabs.Panel value="changes">
            <ReleaseChanges release={release} editable={edit} />
          </Tabs.Panel>
          <Tabs.Panel value="waves">
            {edit ? <WavesEditor release={release} /> : <WavesPlan waves={release.waves} />}
          </Tabs.Panel>
          <Tabs.Panel value="artifacts">
            <ReleaseArtifacts
              release={release}
              canRegister={engineer && !release.artifactsLocked}
            />
          </Tabs.Panel>
          <Tabs.Panel value="tests">
            <TestResults results={release.testResults} />
          </Tabs.Panel>
          <Tabs.Panel value="timeline">
            <ReleaseTimeline history={release.history} />
          </Tabs.Panel>
          <Tabs.Panel value="diagram">
            <ReleaseDiagram release={release} />
          </Tabs.Panel>
        </Tabs>
      </Paper>
    </Stack>
  );
}
