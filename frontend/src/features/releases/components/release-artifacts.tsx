import { Stack, Table, Text } from '@mantine/core';

import { ScrollTable } from '@/components/data-list/scroll-table';
import { browserTimeZone, formatInZone } from '@/lib/time-zone';

import type { ReleaseView } from '../api/get-release';

import { ArtifactForm } from './artifact-form';
import { ShaCell } from './sha-cell';

function formatBytes(size: number | null | undefined): string {
  if (size == null) return '—';
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KiB`;
  return `${(size / 1024 / 1024).toFixed(1)} MiB`;
}

/** The release's artifacts in the definitive software library; new ones until it is accepted. */
export function ReleaseArtifacts({
  release,
  canRegister,
}: {
  release: ReleaseView;
  canRegister: boolean;
}) {
  const zone = browserTimeZone();
  return (
    <Stack>
      {release.artifacts.length === 0 ? (
        <Text size="sm" c="dimmed">
          No artifacts registered.
        </Text>
      ) : (
        <ScrollTable label="Artifacts" minWidth={800} aria-label="Artifacts">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Version</Table.Th>
              <Table.Th>Size</Table.Th>
              <Table.Th>SHA-256</Table.Th>
              <Table.Th>Registered</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {release.artifacts.map((artifact) => (
              <Table.Tr key={artifact.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {artifact.name}
                  </Text>
                  {artifact.uri && (
                    <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                      {artifact.uri}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{artifact.version}</Table.Td>
                <Table.Td>{formatBytes(artifact.size)}</Table.Td>
                <Table.Td maw={360}>
                  <ShaCell sha256={artifact.sha256} of={artifact.name} />
                </Table.Td>
                <Table.Td>
                  <Text size="xs">
                    {formatInZone(artifact.registeredAt, zone)}
                    {artifact.registeredBy && ` by ${artifact.registeredBy}`}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
      {release.artifactsLocked ? (
        <Text size="sm" c="dimmed">
          The release was accepted with these artifacts; no more can be registered.
        </Text>
      ) : (
        canRegister && <ArtifactForm releaseKey={release.key} />
      )}
    </Stack>
  );
}
