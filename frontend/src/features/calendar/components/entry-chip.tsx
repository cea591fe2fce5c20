import { Anchor, Badge, Box, List, Popover, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link } from 'react-router';

import { paths } from '@/config/paths';

import type { CalendarEntry, Conflict } from '../api/get-calendar';
import { timeOf } from '../utils/calendar-days';
import { conflictCount } from '../utils/entries';

/** The red mark of a change in conflict; its sentences open on hover, click or focus. */
export function ConflictMark({
  changeKey,
  conflicts,
}: {
  changeKey: string;
  conflicts: Conflict[];
}) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <Popover opened={opened} onChange={(next) => (next ? open() : close())} width={320} withArrow>
      <Popover.Target>
        <UnstyledButton
          aria-label={`${conflictCount(conflicts.length)} of ${changeKey}`}
          aria-expanded={opened}
          onClick={open}
          onMouseEnter={open}
          onMouseLeave={close}
          onBlur={close}
        >
          <Badge color="red" variant="filled" size="xs" style={{ cursor: 'pointer' }}>
            {conflictCount(conflicts.length)}
          </Badge>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="xs" fw={600} mb={4}>
          {changeKey} conflicts with
        </Text>
        <List size="xs" spacing={2}>
          {conflicts.map((conflict) => (
            <List.Item key={`${conflict.kind}:${conflict.message}`}>{conflict.message}</List.Item>
          ))}
        </List>
      </Popover.Dropdown>
    </Popover>
  );
}

/** A change or release in a day: its time, key and title, linked to its page. */
export function EntryChip({
  entry,
  zone,
  showEnd = false,
}: {
  entry: CalendarEntry;
  zone: string;
  showEnd?: boolean;
}) {
  const isChange = entry.kind === 'CHANGE';
  const conflicted = entry.conflicts.length > 0;
  const color = conflicted ? 'red' : isChange ? 'blue' : 'violet';
  const href = isChange ? paths.change.getHref(entry.id) : paths.release.getHref(entry.id);
  const time = showEnd
    ? `${timeOf(entry.start, zone)}–${timeOf(entry.end, zone)}`
    : timeOf(entry.start, zone);
  return (
    <Box
      data-kind={entry.kind.toLowerCase()}
      data-conflict={conflicted || undefined}
      style={{
        border: `${conflicted ? 2 : 1}px solid var(--mantine-color-${color}-${conflicted ? 6 : 3})`,
        borderLeftWidth: 4,
        borderRadius: 4,
        background: `var(--mantine-color-${color}-0)`,
        padding: '2px 4px',
        minWidth: 0,
      }}
    >
      <Text size="xs" c="dimmed" component="span" mr={4}>
        {time}
      </Text>
      <Anchor component={Link} to={href} size="xs" fw={600}>
        {isChange ? entry.id : `Release ${entry.id}`}
      </Anchor>
      <Text size="xs" lineClamp={2}>
        {entry.title}
      </Text>
      {conflicted && <ConflictMark changeKey={entry.id} conflicts={entry.conflicts} />}
    </Box>
  );
}

/** A freeze, shaded and named; a maintenance window, light. */
export function WindowBand({ entry, zone }: { entry: CalendarEntry; zone: string }) {
  const blackout = entry.kind === 'BLACKOUT';
  const scope = entry.scopeName ?? entry.scope;
  return (
    <Box
      data-kind={entry.kind.toLowerCase()}
      title={entry.reason ?? undefined}
      style={{
        borderRadius: 4,
        padding: '1px 4px',
        background: blackout
          ? 'repeating-linear-gradient(45deg, var(--mantine-color-red-1) 0 6px, var(--mantine-color-red-0) 6px 12px)'
          : 'var(--mantine-color-teal-0)',
        color: blackout ? 'var(--mantine-color-red-9)' : 'var(--mantine-color-teal-9)',
      }}
    >
      <Text size="xs" fw={blackout ? 600 : 400} lineClamp={2}>
        {blackout ? 'Blackout' : 'Maintenance'}: {entry.title}
        {scope ? ` (${scope})` : ''}
      </Text>
      {!blackout && (
        <Text size="xs" c="teal.8">
          {timeOf(entry.start, zone)}–{timeOf(entry.end, zone)}
        </Text>
      )}
    </Box>
  );
}
