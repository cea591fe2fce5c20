import { Stack, Title } from '@mantine/core';
import { useNavigate } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { paths } from '@/config/paths';
import { ReleaseForm } from '@/features/releases/components/release-form';
import { canCreateRelease } from '@/features/releases/utils/release-actions';
import { flashState } from '@/lib/flash';

import { useViewer } from './viewer';

export function NewReleaseRoute() {
  const viewer = useViewer();
  const navigate = useNavigate();
  if (!viewer) return <PageSkeleton label="Loading the form" />;
  if (!canCreateRelease(viewer.roles)) {
    return (
      <EmptyState
        title="Not available to you"
        description="Only release engineers put releases together."
      />
    );
  }
  return (
    <Stack maw={960}>
      <Title order={2}>New release</Title>
      <ReleaseForm
        onSaved={(release) =>
          navigate(paths.release.getHref(release.key), {
            state: flashState(`${release.key} was created.`),
          })
        }
      />
    </Stack>
  );
}
