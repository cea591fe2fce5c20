import { Stack, Title } from '@mantine/core';
import { useNavigate } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { paths } from '@/config/paths';
import { ChangeForm } from '@/features/changes/components/change-form';
import { canCreateChange } from '@/features/changes/utils/change-actions';

import { savedFlash } from './save-outcome';
import { useViewer } from './viewer';

export function NewChangeRoute() {
  const viewer = useViewer();
  const navigate = useNavigate();
  if (!viewer) return <PageSkeleton label="Loading the form" />;
  if (!canCreateChange(viewer.roles)) {
    return (
      <EmptyState
        title="Not available to you"
        description="Only requesters and change managers raise RFCs."
      />
    );
  }
  return (
    <Stack maw={960}>
      <Title order={2}>New request for change</Title>
      <ChangeForm
        onSaved={(outcome) =>
          navigate(paths.change.getHref(outcome.change.key), { state: savedFlash(outcome) })
        }
      />
    </Stack>
  );
}
