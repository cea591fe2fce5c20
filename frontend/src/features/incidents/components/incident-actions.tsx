import { Button, Group } from '@mantine/core';
import { useState } from 'react';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { ReasonConfirmModal } from '@/components/ui/reason-confirm-modal';

import { useCancelIncident } from '../api/cancel-incident';
import type { Incident } from '../api/get-incidents';
import { useRetryIncident } from '../api/retry-incident';

const ENDS = { CHANGE: 'The change is withdrawn', RELEASE: 'The release fails', OTHER: 'It ends' };

/** Retry (after fixing the cause) or cancel the process; the same on every page. */
export function IncidentActions({ incident }: { incident: Incident }) {
  const retry = useRetryIncident();
  const cancel = useCancelIncident();
  const [canceling, setCanceling] = useState(false);
  const label = incident.businessKey ?? incident.elementId;
  const close = () => setCanceling(false);
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
      <ReasonConfirmModal
        opened={canceling}
        onClose={close}
        title={`Cancel ${incident.businessKey ?? 'the process'}`}
        consequence={`The process stops for good at ${incident.elementId}. ${ENDS[incident.kind]}, with this reason on its timeline.`}
        confirmLabel="Cancel process"
        cancelLabel="Keep it"
        maxLength={500}
        onConfirm={async (reason) => {
          await cancel.mutateAsync({ id: incident.id, input: { reason } });
          close();
        }}
      />
    </>
  );
}
