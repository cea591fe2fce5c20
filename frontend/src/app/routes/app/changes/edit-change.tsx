import { Alert, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';
import { useChange } from '@/features/changes/api/get-change';
import { ChangeForm } from '@/features/changes/components/change-form';
import { changeActions, informationRequest } from '@/features/changes/utils/change-actions';

import { savedFlash } from './save-outcome';
import { useViewer } from './viewer';

export function EditChangeRoute() {
  const { key = '' } = useParams();
  const viewer = useViewer();
  const navigate = useNavigate();
  const change = useChange(key);
  // Once the form is shown it stays until the save completes: submitting updates the cached
  // change to SUBMITTED a moment before the page moves on, and must not flash a refusal.
  const [editing, setEditing] = useState(false);
  if (!editing && change.data && viewer && changeActions(change.data, viewer).edit) {
    setEditing(true);
  }

  if (change.isError) {
    return <ProblemAlert title={`Could not load ${key}`} error={change.error} />;
  }
  if (!change.data || !viewer) return <PageSkeleton label="Loading the change" />;
  if (!editing && !changeActions(change.data, viewer).edit) {
    return (
      <EmptyState
        title="This RFC cannot be edited"
        description="Only its requester can edit it, and only as a draft or while information is requested."
      />
    );
  }
  const question =
    change.data.state === 'INFO_REQUESTED' ? informationRequest(change.data.history) : null;
  return (
    <Stack maw={960}>
      <Title order={2}>Edit {change.data.key}</Title>
      {question && (
        <Alert color="yellow" variant="light" title="The change manager asks">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {question}
          </Text>
        </Alert>
      )}
      <ChangeForm
        change={change.data}
        onSaved={(outcome) =>
          navigate(paths.change.getHref(outcome.change.key), { state: savedFlash(outcome) })
        }
      />
    </Stack>
  );
}
