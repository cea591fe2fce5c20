import { Group, Paper, Stack, Tabs } from '@mantine/core';

import { ImpactPanel } from '@/components/cmdb/impact-panel';
import { ProcessDiagram } from '@/components/process-diagram/process-diagram';
import { paths } from '@/config/paths';

import type { ChangeView } from '../api/get-change';
import type { Viewer } from '../utils/change-actions';

import { ChangeActionsBar } from './change-actions-bar';
import { ChangeApprovals } from './change-approvals';
import { ChangeHeader } from './change-header';
import { ChangeOverview, ChangePlans } from './change-overview';
import { ChangeReleases } from './change-releases';
import { ChangeSchedule } from './change-schedule';
import { ChangeTimeline } from './change-timeline';

/** The BPMN process every change runs through. */
const CHANGE_PROCESS_ID = 'change_request';

export function ChangeDetail({ change, viewer }: { change: ChangeView; viewer: Viewer }) {
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <ChangeHeader change={change} />
        <ChangeActionsBar change={change} viewer={viewer} />
      </Group>
      {change.releases.length > 0 && (
        <Paper withBorder p="md">
          <ChangeReleases releases={change.releases} />
        </Paper>
      )}
      <Paper withBorder p="md">
        {/* Unmounted tabs fetch nothing: approvals load when their tab opens. */}
        <Tabs defaultValue="overview" keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="overview">Overview</Tabs.Tab>
            <Tabs.Tab value="schedule">Schedule</Tabs.Tab>
            <Tabs.Tab value="plans">Plans</Tabs.Tab>
            <Tabs.Tab value="impact">Impact</Tabs.Tab>
            <Tabs.Tab value="approvals">Approvals</Tabs.Tab>
            <Tabs.Tab value="timeline">Timeline</Tabs.Tab>
            <Tabs.Tab value="diagram">Diagram</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="overview">
            <ChangeOverview change={change} />
          </Tabs.Panel>
          <Tabs.Panel value="schedule">
            <ChangeSchedule change={change} />
          </Tabs.Panel>
          <Tabs.Panel value="plans">
            <ChangePlans change={change} />
          </Tabs.Panel>
          <Tabs.Panel value="impact">
            <ImpactPanel
              ciKeys={change.affectedCis}
              ciHref={paths.ci.getHref}
              label={`What ${change.key} reaches`}
            />
          </Tabs.Panel>
          <Tabs.Panel value="approvals">
            <ChangeApprovals changeKey={change.key} />
          </Tabs.Panel>
          <Tabs.Panel value="timeline">
            <ChangeTimeline history={change.history} />
          </Tabs.Panel>
          <Tabs.Panel value="diagram">
            {/* The change refetches on live events, which moves the markers. */}
            <ProcessDiagram
              processId={CHANGE_PROCESS_ID}
              modelVersion={change.modelVersion}
              currentElementIds={change.currentStep ? [change.currentStep] : []}
              visitedElementIds={change.history.flatMap((entry) => entry.elementId ?? [])}
            />
          </Tabs.Panel>
        </Tabs>
      </Paper>
    </Stack>
  );
}
