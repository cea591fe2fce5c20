import { Anchor, Group, Paper, Skeleton, Stack, Tabs } from '@mantine/core';
import { Link } from 'react-router';

import { paths } from '@/config/paths';

import type { ChangeView } from '../api/get-change';

import { ChangeApprovals } from './change-approvals';
import { ChangeHeader } from './change-header';
import { ChangeOverview, ChangePlans } from './change-overview';
import { ChangeReleases } from './change-releases';

type ChangeBriefProps = {
  change: ChangeView;
  /** Adds the votes so far, for people deciding on an approval. */
  showVotes?: boolean;
};

/** What someone deciding on a change needs beside the form: summary and impact, plans, votes. */
export function ChangeBrief({ change, showVotes = false }: ChangeBriefProps) {
  return (
    <Paper withBorder p="md">
      <Stack>
        <ChangeHeader change={change} titleOrder={3} />
        <Group>
          <Anchor component={Link} to={paths.change.getHref(change.key)} size="sm">
            Open {change.key}
          </Anchor>
        </Group>
        <ChangeReleases releases={change.releases} />
        {/* Unmounted tabs fetch nothing: the votes load when their tab opens. */}
        <Tabs defaultValue="summary" keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="summary">Summary and impact</Tabs.Tab>
            <Tabs.Tab value="plans">Plans</Tabs.Tab>
            {showVotes && <Tabs.Tab value="votes">Votes so far</Tabs.Tab>}
          </Tabs.List>
          <Tabs.Panel value="summary">
            <ChangeOverview change={change} />
          </Tabs.Panel>
          <Tabs.Panel value="plans">
            <ChangePlans change={change} />
          </Tabs.Panel>
          {showVotes && (
            <Tabs.Panel value="votes">
              <ChangeApprovals changeKey={change.key} />
            </Tabs.Panel>
          )}
        </Tabs>
      </Stack>
    </Paper>
  );
}

export function ChangeBriefSkeleton() {
  return <Skeleton height={240} aria-label="Loading the change" />;
}
