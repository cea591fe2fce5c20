import { Anchor, Skeleton, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

import { ScrollTable } from '@/components/data-list/scroll-table';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/time-zone';

import { useCiChanges } from '../api/get-ci';

const humanize = (value: string) =>
  value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');

/** The changes that name the item among their affected CIs. */
export function CiChanges({ ciKey }: { ciKey: string }) {
  const changes = useCiChanges(ciKey);
  if (changes.isError)
    return <ProblemAlert title="Could not load the changes" error={changes.error} />;
  if (!changes.data) return <Skeleton height={80} aria-label="Loading the changes" />;
  if (changes.data.items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No change has named this item.
      </Text>
    );
  }
  return (
    <ScrollTable label="Changes that touched it" minWidth={700} verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Key</Table.Th>
          <Table.Th>Title</Table.Th>
          <Table.Th>State</Table.Th>
          <Table.Th>Implemented</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changes.data.items.map((change) => (
          <Table.Tr key={change.key}>
            <Table.Td>
              <Anchor component={Link} to={paths.change.getHref(change.key)} size="sm" fw={600}>
                {change.key}
              </Anchor>
            </Table.Td>
            <Table.Td>{change.title}</Table.Td>
            <Table.Td>{humanize(change.state)}</Table.Td>
            <Table.Td>{change.implementedAt ? formatDateTime(change.implementedAt) : '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
