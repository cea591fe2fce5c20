import { Anchor, Skeleton, Table, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';

import { paths } from '@/config/paths';
import { browserTimeZone, formatWindow } from '@/lib/time-zone';

import type { ReleaseSummary } from '../api/get-releases';
import { humanize } from '../utils/vocabulary';

import { ReleaseStateBadge } from './release-state-badge';

const COLUMNS = ['Key', 'Name', 'Type', 'State', 'Changes', 'Planned window', 'Current step'];

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

export function ReleasesTable({ releases }: { releases: readonly ReleaseSummary[] }) {
  const navigate = useNavigate();
  const zone = browserTimeZone();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table highlightOnHover verticalSpacing="xs">
        <Head />
        <Table.Tbody>
          {releases.map((release) => (
            <Table.Tr
              key={release.key}
              onClick={() => navigate(paths.release.getHref(release.key))}
              style={{ cursor: 'pointer' }}
            >
              <Table.Td>
                <Anchor
                  component={Link}
                  to={paths.release.getHref(release.key)}
                  onClick={(event) => event.stopPropagation()}
                  fw={600}
                  size="sm"
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {release.key}
                </Anchor>
              </Table.Td>
              <Table.Td>{release.name}</Table.Td>
              <Table.Td>{humanize(release.type)}</Table.Td>
              <Table.Td>
                <ReleaseStateBadge state={release.state} />
              </Table.Td>
              <Table.Td>{release.changeCount}</Table.Td>
              <Table.Td>
                <Text size="sm">
                  {formatWindow(release.plannedStart, release.plannedEnd, zone)}
                </Text>
              </Table.Td>
              <Table.Td>{release.currentStepName ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function ReleasesTableSkeleton() {
  return (
    <Table aria-busy="true" aria-label="Loading releases">
      <Head />
      <Table.Tbody>
        {Array.from({ length: 5 }, (_, row) => (
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
