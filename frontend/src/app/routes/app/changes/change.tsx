import { Anchor, Group, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';

import { FlashAlert } from '@/components/ui/flash-alert';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';
import { IncidentAlert } from '@/features/incidents/components/incident-alert';
import { useChange } from '@/features/changes/api/get-change';
import { ChangeDetail } from '@/features/changes/components/change-detail';
import { EvidenceLink } from '@/features/evidence/components/evidence-link';

import { useViewer } from './viewer';

export function ChangeRoute() {
  const { key = '' } = useParams();
  const viewer = useViewer();
  const change = useChange(key);

  if (change.isError) {
    return <ProblemAlert title={`Could not load ${key}`} error={change.error} />;
  }
  if (!change.data || !viewer) return <PageSkeleton label="Loading the change" />;
  return (
    <Stack>
      <Group justify="space-between">
        <Anchor component={Link} to={paths.changes.getHref()} size="sm">
          ← All changes
        </Anchor>
        <EvidenceLink changeKey={key} roles={viewer.roles} />
      </Group>
      <FlashAlert />
      <IncidentAlert businessKey={key} roles={viewer.roles} />
      <ChangeDetail change={change.data} viewer={viewer} />
    </Stack>
  );
}
