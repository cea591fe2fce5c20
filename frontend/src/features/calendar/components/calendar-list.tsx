import { Anchor, Badge, List, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { paths } from '@/config/paths';
import { formatInZone } from '@/lib/time-zone';

import type { CalendarEntry } from '../api/get-calendar';
import { KIND_LABELS, byStart, conflictCount, isWindow } from '../utils/entries';

const KIND_COLORS: Record<CalendarEntry['kind'], string> = {
  CHANGE: 'blue',
  RELEASE: 'violet',
  BLACKOUT: 'red',
  MAINTENANCE: 'teal',
};

/** "READY_FOR_RELEASE" as "Ready for release". */
function words(value: string): string {
  const text = value.toLowerCase().replaceAll('_', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function What({ entry }: { entry: CalendarEntry }) {
  if (isWindow(entry)) {
    const scope = entry.scopeName ?? entry.scope;
    return (
      <>
        <Text size="sm" fw={600}>
          {entry.title}
        </Text>
        <Text size="xs" c="dimmed">
          {scope ? `For ${scope} and what it depends on` : 'Everything'}
          {entry.reason ? ` · ${entry.reason}` : ''}
        </Text>
      </>
    );
  }
  const href =
    entry.kind === 'CHANGE' ? paths.change.getHref(entry.id) : paths.release.getHref(entry.id);
  return (
    <>
      <Anchor component={Link} to={href} size="sm" fw={600}>
        {entry.id}
      </Anchor>
      <Text size="sm">{entry.title}</Text>
    </>
  );
}

/** Every entry of the period by start, with its CIs, teams and conflicts spelled out. */
export function CalendarList({
  entries,
  zone,
}: {
  entries: readonly CalendarEntry[];
  zone: string;
}) {
  if (entries.length === 0) {
    return (
      <EmptyState
        title="Nothing scheduled"
        description="No change, release or window falls in this period."
      />
    );
  }
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table aria-label="Scheduled" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>What</Table.Th>
            <Table.Th>State</Table.Th>
            <Table.Th>CIs and teams</Table.Th>
            <Table.Th>Conflicts</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {byStart(entries).map((entry) => (
            <Table.Tr
              key={`${entry.kind}:${entry.id}:${entry.start}`}
              bg={entry.conflicts.length > 0 ? 'var(--mantine-color-red-0)' : undefined}
            >
              <Table.Td>
                <Text size="sm">{formatInZone(entry.start, zone)}</Text>
                <Text size="xs" c="dimmed">
                  to {formatInZone(entry.end, zone)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge color={KIND_COLORS[entry.kind]} variant="light">
                  {KIND_LABELS[entry.kind]}
                </Badge>
              </Table.Td>
              <Table.Td>
                <What entry={entry} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{entry.state ? words(entry.state) : ''}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs">{entry.cis.join(', ')}</Text>
                {entry.teams.length > 0 && (
                  <Text size="xs" c="dimmed">
                    {entry.teams.join(', ')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {entry.conflicts.length > 0 && (
                  <>
                    <Badge color="red" variant="filled" size="xs">
                      {conflictCount(entry.conflicts.length)}
                    </Badge>
                    <List size="xs" c="red.9" spacing={2} mt={2}>
                      {entry.conflicts.map((conflict) => (
                        <List.Item key={`${conflict.kind}:${conflict.message}`}>
                          {conflict.message}
                        </List.Item>
                      ))}
                    </List>
                  </>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
