import { Anchor, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';
import type { Role } from '@/lib/roles';
import { formatDateTime } from '@/lib/time-zone';

import { useIncidents, type Incident } from '../api/get-incidents';

import { IncidentActions } from './incident-actions';
import { canActOn } from './permissions';

function BusinessKey({ incident }: { incident: Incident }) {
  const key = incident.businessKey;
  if (!key) return <Text size="sm">—</Text>;
  if (incident.kind === 'OTHER') return <Text size="sm">{key}</Text>;
  const href = incident.kind === 'CHANGE' ? paths.change.getHref(key) : paths.release.getHref(key);
  return (
    <Anchor component={Link} to={href} fw={600}>
      {key}
    </Anchor>
  );
}

/** Every open incident: which change or release stopped where, why, and since when. */
export function IncidentsPage({ roles }: { roles: readonly Role[] }) {
  const incidents = useIncidents({ state: 'OPEN' });
  return (
    <Stack>
      <Stack gap={0}>
        <Title order={2}>Incidents</Title>
        <Text size="sm" c="dimmed">
          Steps that ran out of retries: fix the cause and retry, or cancel the process
        </Text>
      </Stack>
      {incidents.isPending ? (
        <Skeleton height={160} aria-label="Loading incidents" />
      ) : incidents.isError ? (
        <ProblemAlert title="Could not load the incidents" error={incidents.error} />
      ) : incidents.data.length === 0 ? (
        <EmptyState title="No open incidents" description="Every process runs as it should." />
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table aria-label="Open incidents" highlightOnHover verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Change or release</Table.Th>
                <Table.Th>Step</Table.Th>
                <Table.Th>Error</Table.Th>
                <Table.Th>Since</Table.Th>
                <Table.Th aria-label="Actions" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {incidents.data.map((incident) => (
                <Table.Tr key={incident.id}>
                  <Table.Td>
                    <BusinessKey incident={incident} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{incident.elementId}</Text>
                    <Text size="xs" c="dimmed">
                      {incident.jobType}
                    </Text>
                  </Table.Td>
                  <Table.Td maw={420}>
                    <Text size="sm" lineClamp={3} title={incident.errorMessage ?? undefined}>
                      {incident.errorMessage}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDateTime(incident.createdAt)}</Text>
                  </Table.Td>
                  <Table.Td>
                    {canActOn(incident, roles) && <IncidentActions incident={incident} />}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
