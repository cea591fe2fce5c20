import { Anchor, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { FlashAlert } from '@/components/ui/flash-alert';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { paths } from '@/config/paths';
import { IncidentAlert } from '@/features/incidents/components/incident-alert';
import { useRelease } from '@/features/releases/api/get-release';
import { ReleaseDetail } from '@/features/releases/components/release-detail';

import { useViewer } from './viewer';

export function ReleaseRoute() {
  const { key = '' } = useParams();
  const viewer = useViewer();
  const release = useRelease(key);

  if (release.isError && !release.data) {
    return <ProblemAlert title={`Could not load ${key}`} error={release.error} />;
  }
  if (!release.data || !viewer) return <PageSkeleton label="Loading the release" />;
  return (
    <Stack>
      <Anchor component={Link} to={paths.releases.getHref()} size="sm">
        ← All releases
      </Anchor>
      <FlashAlert />
      <IncidentAlert businessKey={key} roles={viewer.roles} />
      <ReleaseDetail release={release.data} viewer={viewer} />
    </Stack>
  );
}
