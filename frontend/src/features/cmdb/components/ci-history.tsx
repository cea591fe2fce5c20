import { Anchor, Badge, Skeleton, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

import { ScrollTable } from '@/components/data-list/scroll-table';
import { PersonName } from '@/components/ui/person-name';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/time-zone';

import { useCiHistory, type CiHistoryEntry } from '../api/get-ci';

/** Why a field changed, as a person reads it, linking the release or change that caused it. */
export function Cause({ entry }: { entry: CiHistoryEntry }) {
  switch (entry.cause) {
    case 'RELEASE':
      return entry.releaseKey ? (
        <Anchor component={Link} to={paths.release.getHref(entry.releaseKey)} size="sm">
          Release {entry.releaseKey}
        </Anchor>
      ) : (
        'Release'
      );
    case 'CHANGE':
      return entry.changeKey ? (
        <Anchor component={Link} to={paths.change.getHref(entry.changeKey)} size="sm">
          Change {entry.changeKey}
        </Anchor>
      ) : (
        'Change'
      );
    case 'ADMIN':
      return 'Admin edit';
    case 'IMPORT':
      return 'Import';
    case 'UNAUTHORIZED':
      return (
        <Badge color="red" variant="filled">
          Unauthorized
        </Badge>
      );
    default:
      return entry.cause;
  }
}

const valueText = (value?: string | null) => value ?? '—';

/** Every changed field of the item, newest first as the server sends them. */
export function CiHistory({ ciKey }: { ciKey: string }) {
  const history = useCiHistory(ciKey);
  if (history.isError)
    return <ProblemAlert title="Could not load the history" error={history.error} />;
  if (!history.data) return <Skeleton height={80} aria-label="Loading the history" />;
  if (history.data.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No change recorded yet.
      </Text>
    );
  }
  return (
    <ScrollTable label="History" minWidth={760} verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>When</Table.Th>
          <Table.Th>Field</Table.Th>
          <Table.Th>Change</Table.Th>
          <Table.Th>Cause</Table.Th>
          <Table.Th>Who</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {history.data.map((entry, index) => (
          <Table.Tr
            key={`${entry.at}-${entry.field}-${index}`}
            bg={entry.cause === 'UNAUTHORIZED' ? 'var(--mantine-color-red-light)' : undefined}
          >
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at)}</Table.Td>
            <Table.Td>{entry.field}</Table.Td>
            <Table.Td>
              {valueText(entry.oldValue)} → {valueText(entry.newValue)}
            </Table.Td>
            <Table.Td>
              <Cause entry={entry} />
              {entry.cause === 'RELEASE' && entry.changeKeys.length > 0 && (
                <Text size="xs" c="dimmed">
                  for {entry.changeKeys.join(', ')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{entry.actor ? <PersonName username={entry.actor} /> : '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
