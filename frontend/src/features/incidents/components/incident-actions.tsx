import { Button, Group } from '@mantine/core';
import { useState } from 'react';

import { ProblemAlert } from '@/components/ui/problem-alert';

import type { Incident } from '../api/get-incidents';
import { useRetryIncident } from '../api/retry-incident';

import { CancelIncidentModal } from './cancel-incident-modal';

/** Retry (after fixing the cause) or cancel the process; the same on every page. */
export function IncidentActions({ incident }: { incident: Incident }) {
  const retry = useRetryIncident();
  const [canceling, setCanceling] = useState(false);
  const label = incident.businessKey ?? incident.elementId;
  return (
    <>
      <Group gap="xs" wrap="nowrap">
        <Button
          size="xs"
          aria-label={`Retry ${label}`}
          loading={retry.isPending}
          onClick={() => retry.mutate(incident.id)}
        >
          Retry
        </Button>
        <Button
          size="xs"
          color="red"
          variant="light"
          aria-label={`Cancel ${label}`}
          onClick={() => setCanceling(true)}
        >
          Cancel
        </Button>
      </Group>
      {retry.error && <ProblemAlert title="Retry failed" error={retry.error} />}
      {canceling && (
        <CancelIncidentModal incident={incident} opened onClose={() => setCanceling(false)} />
      )}
    </>
  );
}
