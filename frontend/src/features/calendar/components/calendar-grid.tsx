import { Box, Stack, Text } from '@mantine/core';

import type { CalendarEntry } from '../api/get-calendar';
import {
  WEEKDAY_NAMES,
  dayLabel,
  isSameMonth,
  type CalendarViewKind,
  type Day,
} from '../utils/calendar-days';
import { entriesByDay, isWindow } from '../utils/entries';

import { EntryChip, WindowBand } from './entry-chip';

const grid = {
  display: 'grid',
  gridTemplateColumns: 'repeat(7, minmax(0, 1fr))',
  gap: 1,
  background: 'var(--mantine-color-gray-3)',
  border: '1px solid var(--mantine-color-gray-3)',
  listStyle: 'none',
  margin: 0,
  padding: 0,
} as const;

type CalendarGridProps = {
  view: Extract<CalendarViewKind, 'month' | 'week'>;
  days: readonly Day[];
  anchor: Day;
  today: Day;
  entries: readonly CalendarEntry[];
  zone: string;
  /** The period's title, naming the list of days. */
  label: string;
};

/**
 * Month and week as a grid of day cells (Monday first). Each cell names its day, so screen
 * readers (and tests) find "Tuesday 8 December 2026"; a day inside a freeze is shaded.
 */
export function CalendarGrid({
  view,
  days,
  anchor,
  today,
  entries,
  zone,
  label,
}: CalendarGridProps) {
  const byDay = entriesByDay(entries, days, zone);
  const week = view === 'week';
  return (
    <Box style={{ overflowX: 'auto' }}>
      <Box style={{ minWidth: 720 }}>
        <Box style={{ ...grid, background: 'transparent', border: 0 }} aria-hidden>
          {WEEKDAY_NAMES.map((name) => (
            <Text key={name} size="xs" fw={600} c="dimmed" ta="center" py={4}>
              {name}
            </Text>
          ))}
        </Box>
        <Box component="ol" aria-label={label} style={grid}>
          {days.map((day) => {
            const dayEntries = byDay.get(day) ?? [];
            const frozen = dayEntries.some((entry) => entry.kind === 'BLACKOUT');
            const outside = !week && !isSameMonth(day, anchor);
            return (
              <Box
                component="li"
                key={day}
                aria-label={dayLabel(day)}
                aria-current={day === today ? 'date' : undefined}
                data-frozen={frozen || undefined}
                style={{
                  minHeight: week ? 320 : 110,
                  padding: 4,
                  background: frozen
                    ? 'var(--mantine-color-red-0)'
                    : outside
                      ? 'var(--mantine-color-gray-0)'
                      : 'var(--mantine-color-body)',
                  minWidth: 0,
                }}
              >
                <Text
                  size="xs"
                  fw={day === today ? 700 : 500}
                  c={outside ? 'dimmed' : day === today ? 'blue' : undefined}
                  mb={2}
                  aria-hidden
                >
                  {Number(day.slice(8, 10))}
                </Text>
                <Stack gap={3}>
                  {dayEntries.map((entry) =>
                    isWindow(entry) ? (
                      <WindowBand
                        key={`${entry.kind}:${entry.id}:${entry.start}`}
                        entry={entry}
                        zone={zone}
                      />
                    ) : (
                      <EntryChip
                        key={`${entry.kind}:${entry.id}`}
                        entry={entry}
                        zone={zone}
                        showEnd={week}
                      />
                    ),
                  )}
                </Stack>
              </Box>
            );
          })}
        </Box>
      </Box>
    </Box>
  );
}
