import { Anchor, Skeleton, Table, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';

import { paths } from '@/config/paths';
import { browserTimeZone, formatWindow } from '@/lib/time-zone';

import type { ChangeSummary } from '../api/get-changes';
import { CLASS_LABELS } from '../utils/vocabulary';

import { ChangeStateBadge } from './change-state-badge';
import { usePersonName } from '@/hooks/use-person-name';

const COLUMNS = [
  'Key',
  'Title',
  'State',
  'Class',
  'Priority',
  'Requester',
  'Planned window',
  'Current step',
];

function Head() {
  return (
    <Table.Thead>
      <Table.Tr>
        {COLUMNS.map((column) => (
          <Table.Th key={column}>{column}</Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}

export function ChangesTable({ changes }: { changes: readonly ChangeSummary[] }) {
  const personName = usePersonName();
  const navigate = useNavigate();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table highlightOnHover verticalSpacing="xs">
        <Head />
        <Table.Tbody>
          {changes.map((change) => (
            <Table.Tr
              key={change.key}
              onClick={() => navigate(paths.change.getHref(change.key))}
              style={{ cursor: 'pointer' }}
            >
              <Table.Td>
                <Anchor
                  component={Link}
                  to={paths.change.getHref(change.key)}
                  onClick={(event) => event.stopPropagation()}
                  fw={600}
                  size="sm"
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {change.key}
                </Anchor>
              </Table.Td>
              <Table.Td>{change.title}</Table.Td>
              <Table.Td>
                <ChangeStateBadge state={change.state} />
              </Table.Td>
              <Table.Td>{change.changeClass ? CLASS_LABELS[change.changeClass] : '—'}</Table.Td>
              <Table.Td>{change.priority ?? '—'}</Table.Td>
              <Table.Td>{personName(change.requester)}</Table.Td>
              <Table.Td>
                <Text size="sm">
                  {formatWindow(
                    change.plannedStart,
                    change.plannedEnd,
                    change.timeZone ?? browserTimeZone(),
                  )}
                </Text>
                <Text size="xs" c="dimmed">
                  {change.timeZone}
                </Text>
              </Table.Td>
              <Table.Td>{change.currentStepName ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function ChangesTableSkeleton() {
  return (
    <Table aria-busy="true" aria-label="Loading changes">
      <Head />
      <Table.Tbody>
        {Array.from({ length: 6 }, (_, row) => (
          <Table.Tr key={row}>
            {COLUMNS.map((column) => (
              <Table.Td key={column}>
                <Skeleton height={14} />
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
