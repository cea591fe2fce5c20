import { Table, Text } from '@mantine/core';

import { ScrollTable } from '@/components/data-list/scroll-table';
import type { Wave } from '../api/get-release';

/** The rollout plan once it is fixed. */
export function WavesPlan({ waves }: { waves: readonly Wave[] }) {
  if (waves.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No waves planned.
      </Text>
    );
  return (
    <ScrollTable label="Waves" minWidth={560}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Name</Table.Th>
          <Table.Th>Environment</Table.Th>
          <Table.Th>Percent</Table.Th>
          <Table.Th>Manual gate</Table.Th>
          <Table.Th>Simulated failure rate</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {waves.map((wave) => (
          <Table.Tr key={wave.name} aria-label={`Wave ${wave.name}`}>
            <Table.Td>{wave.name}</Table.Td>
            <Table.Td>{wave.environment}</Table.Td>
            <Table.Td>{wave.percent}%</Table.Td>
            <Table.Td>{wave.manualGate ? 'Yes' : 'No'}</Table.Td>
            <Table.Td>{wave.simulatedFailureRate}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
