import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router';

import { ScrollTable } from '@/components/data-list/scroll-table';

import { ciTypeLabel } from './ci-vocabulary';
import { CriticalityBadge } from './criticality-badge';
import type { Impact } from './use-impact';

/** The path as people read it: names, not keys ("app-server-01 → checkout-api → Web shop"). */
export function pathNames(path: readonly string[], impact: Impact): string {
  const names = new Map(impact.impacted.map((ci) => [ci.key, ci.name]));
  return path.map((key) => names.get(key) ?? key).join(' → ');
}

/** Every item an impact reaches, nearest first, with the path that reaches it. */
export function ImpactTable({
  impact,
  ciHref,
}: {
  impact: Impact;
  ciHref: (key: string) => string;
}) {
  return (
    <ScrollTable label="Impacted items" minWidth={760} verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Depth</Table.Th>
          <Table.Th>Item</Table.Th>
          <Table.Th>Type</Table.Th>
          <Table.Th>Criticality</Table.Th>
          <Table.Th>Path</Table.Th>
          <Table.Th>Users</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {impact.impacted.map((ci) => (
          <Table.Tr key={ci.key}>
            <Table.Td>{ci.depth}</Table.Td>
            <Table.Td>
              <Anchor component={Link} to={ciHref(ci.key)} size="sm">
                {ci.name}
              </Anchor>
            </Table.Td>
            <Table.Td>{ciTypeLabel(ci.type)}</Table.Td>
            <Table.Td>
              <CriticalityBadge criticality={ci.criticality} />
            </Table.Td>
            <Table.Td>{pathNames(ci.path, impact)}</Table.Td>
            <Table.Td>{ci.users ?? '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
