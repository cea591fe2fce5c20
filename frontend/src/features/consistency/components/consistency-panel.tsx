import { Anchor, Badge, Button, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/time-zone';

import {
  useConsistency,
  useRepairConsistency,
  type ConsistencyReport,
  type Drift,
} from '../api/get-consistency';

const KIND_LABELS: Record<Drift['kind'], string> = {
  PROCESS_NOT_STARTED: 'Process never started',
  NO_ENGINE_INSTANCE: 'Engine lost the process',
  NO_OPEN_TASK: 'Waits for a person, no open task',
};

const when = formatDateTime;

function hrefOf(key: string) {
  return key.startsWith('REL-') ? paths.release.getHref(key) : paths.change.getHref(key);
}

/** Admins compare what the database records with the engine and the inbox, and repair. */
export function ConsistencyPanel({ canRepair }: { canRepair: boolean }) {
  const report = useConsistency();
  const repair = useRepairConsistency();

  return (
    <Stack>
      <Group justify="space-between">
        <Stack gap={0}>
          <Title order={3}>Consistency</Title>
          <Text size="sm" c="dimmed">
            Every change and release in its process, compared with the engine and the inbox
          </Text>
        </Stack>
        <Group>
          <Button variant="default" loading={report.isFetching} onClick={() => report.refetch()}>
            Check again
          </Button>
          {canRepair && (
            <Button loading={repair.isPending} onClick={() => repair.mutate()}>
              Repair
            </Button>
          )}
        </Group>
      </Group>
      {repair.isError && <ProblemAlert title="Could not repair" error={repair.error} />}
      {report.isPending ? (
        <Skeleton height={120} aria-label="Checking consistency" />
      ) : report.isError ? (
        <ProblemAlert title="Could not check consistency" error={report.error} />
      ) : (
        <ReportView report={report.data} />
      )}
    </Stack>
  );
}

function ReportView({ report }: { report: ConsistencyReport }) {
  return (
    <Stack>
      <Text size="sm" aria-label="Summary">
        Checked {report.changes} changes and {report.releases} releases at {when(report.checkedAt)}
        {report.engineProbed ? ', asking the engine about each' : ''}.{' '}
        {report.outboxPending > 0
          ? `${report.outboxPending} engine commands or notices wait for delivery.`
          : 'Nothing waits for delivery.'}
      </Text>
      {report.drifts.length === 0 ? (
        <EmptyState title="All consistent" description="Every record agrees with its process." />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label="Drifts">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Record</Table.Th>
                <Table.Th>Problem</Table.Th>
                <Table.Th>Step</Table.Th>
                <Table.Th>Detail</Table.Th>
                <Table.Th>Repaired</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.drifts.map((drift) => (
                <Table.Tr key={`${drift.businessKey}-${drift.kind}`}>
                  <Table.Td>
                    <Anchor component={Link} to={hrefOf(drift.businessKey)}>
                      {drift.businessKey}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Badge color="red" variant="light">
                      {KIND_LABELS[drift.kind]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{drift.step ?? '—'}</Table.Td>
                  <Table.Td>{drift.detail}</Table.Td>
                  <Table.Td>{drift.repaired ? 'Start asked for again' : 'No'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
