import { Badge, Group, Progress, Stack, Table, Text } from '@mantine/core';

import { ScrollTable } from '@/components/data-list/scroll-table';
import type { WaveProgress as WaveProgressRow } from '../api/get-release';
import { formatDuration, formatTime } from '../utils/durations';
import { humanize, waveColor } from '../utils/vocabulary';

const ACTIVE = ['DEPLOYING', 'VERIFYING'];

/**
 * Where the rollout stands, wave by wave, with an overall bar. Each wave says what really
 * happened to it (deployed then rolled back, failed verification and why, not started).
 */
export function WaveProgress({ waves }: { waves: readonly WaveProgressRow[] }) {
  if (waves.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        The rollout has not started.
      </Text>
    );
  }
  const done = waves.filter((wave) => wave.state === 'DONE').length;
  const failed = waves.some((wave) => wave.state === 'FAILED' || wave.state === 'BACKED_OUT');
  // After a back-out no wave is done any more: say how far the rollout got instead.
  const reached = waves.filter((wave) => wave.state !== 'PENDING').length;
  const summary = waves.some((wave) => wave.backedOutAt)
    ? `Backed out after ${reached} of ${waves.length} waves`
    : `${done} of ${waves.length} waves done`;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {summary}
        </Text>
      </Group>
      {/* The section is the progressbar: the name goes there, not on the root. */}
      <Progress.Root size="lg">
        <Progress.Section
          value={(done / waves.length) * 100}
          color={failed ? 'red' : 'teal'}
          animated={waves.some((wave) => ACTIVE.includes(wave.state))}
          aria-label={summary}
        />
      </Progress.Root>
      <ScrollTable label="Wave progress" minWidth={1000} aria-label="Wave progress">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Wave</Table.Th>
            <Table.Th>Environment</Table.Th>
            <Table.Th>Percent</Table.Th>
            <Table.Th>State</Table.Th>
            <Table.Th>Outcome</Table.Th>
            <Table.Th>Started</Table.Th>
            <Table.Th>Deployed</Table.Th>
            <Table.Th>Verified</Table.Th>
            <Table.Th>Duration</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {waves.map((wave) => (
            <Table.Tr key={wave.wave} aria-label={`Wave ${wave.wave}`}>
              <Table.Td fw={600}>{wave.wave}</Table.Td>
              <Table.Td>{wave.environment ?? '—'}</Table.Td>
              <Table.Td>{wave.percent === null ? '—' : `${wave.percent}%`}</Table.Td>
              <Table.Td>
                <Badge color={waveColor(wave.state)} variant="light">
                  {humanize(wave.state)}
                </Badge>
              </Table.Td>
              <Table.Td maw={360}>{wave.outcome}</Table.Td>
              <Table.Td>{formatTime(wave.deployStartedAt)}</Table.Td>
              <Table.Td>{formatTime(wave.deployedAt)}</Table.Td>
              <Table.Td>
                {wave.backedOutAt
                  ? `Backed out ${formatTime(wave.backedOutAt)}`
                  : formatTime(wave.verifiedAt)}
              </Table.Td>
              <Table.Td>{formatDuration(wave.durationMs)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
    </Stack>
  );
}
