import { Alert, Code, Group, Stack, Text } from '@mantine/core';

import type { Role } from '@/lib/roles';
import { formatDateTime } from '@/lib/time-zone';

import { useIncidents } from '../api/get-incidents';

import { IncidentActions } from './incident-actions';
import { canActOn } from './permissions';

const READERS: readonly Role[] = ['ADMIN', 'AUDITOR', 'CHANGE_MANAGER', 'RELEASE_ENGINEER'];

type IncidentAlertProps = { businessKey: string; roles: readonly Role[] };

/**
 * A red alert on a change or release page while a step of its process is stuck on an
 * incident; with retry and cancel for those allowed. Nothing for users who cannot read
 * incidents, and nothing while there is none.
 */
export function IncidentAlert({ businessKey, roles }: IncidentAlertProps) {
  const reader = roles.some((role) => READERS.includes(role));
  const incidents = useIncidents({ state: 'OPEN', businessKey }, { enabled: reader });
  if (!reader || !incidents.data || incidents.data.length === 0) return null;
  return (
    <Stack gap="xs">
      {incidents.data.map((incident) => (
        <Alert
          key={incident.id}
          color="red"
          variant="filled"
          title={`Stuck at ${incident.elementId}`}
        >
          <Stack gap="xs">
            <Text size="sm">
              The step failed {incident.failures > 1 ? `again (${incident.failures} times)` : ''}{' '}
              and is out of retries since {formatDateTime(incident.failedAt)}.
            </Text>
            <Code block>{incident.errorMessage}</Code>
            {canActOn(incident, roles) && (
              <Group>
                <IncidentActions incident={incident} />
              </Group>
            )}
          </Stack>
        </Alert>
      ))}
    </Stack>
  );
}
