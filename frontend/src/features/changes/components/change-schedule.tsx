import { Alert, Badge, Group, List, Skeleton, Stack, Text } from '@mantine/core';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { browserTimeZone, formatWindow } from '@/lib/time-zone';

import type { ChangeView } from '../api/get-change';
import { useChangeConflicts, type ScheduleCheck } from '../api/get-change-conflicts';

import { Section } from './change-overview';

const KIND_LABELS: Record<ScheduleCheck['conflicts'][number]['kind'], string> = {
  SAME_CI: 'Same CI',
  DEPENDENT_CI: 'Dependent CI',
  BLACKOUT: 'Blackout',
  OUTSIDE_MAINTENANCE_WINDOW: 'Outside maintenance window',
};

/** The planned window, everything in its way, and the next window free of conflicts. */
export function ChangeSchedule({ change }: { change: ChangeView }) {
  const planned = Boolean(change.plannedStart && change.plannedEnd);
  const check = useChangeConflicts(change.key, { enabled: planned });
  const zone = change.timeZone ?? browserTimeZone();

  if (!planned) {
    return (
      <Text size="sm" c="dimmed">
        No planned window yet.
      </Text>
    );
  }
  return (
    <Stack>
      <Section title={`Planned window (${zone})`}>
        <Text size="sm">{formatWindow(change.plannedStart, change.plannedEnd, zone)}</Text>
      </Section>
      {check.isPending ? (
        <Skeleton height={60} aria-label="Checking the schedule" />
      ) : check.isError ? (
        <ProblemAlert title="Could not check the schedule" error={check.error} />
      ) : (
        <>
          <Section title="Conflicts">
            {check.data.conflicts.length === 0 ? (
              <Text size="sm" c="teal">
                No conflicts: the window is free.
              </Text>
            ) : (
              <Alert
                color="red"
                variant="light"
                title={
                  check.data.conflicts.length === 1
                    ? '1 conflict'
                    : `${check.data.conflicts.length} conflicts`
                }
              >
                <List size="sm" spacing={4} aria-label="Conflicts">
                  {check.data.conflicts.map((conflict) => (
                    <List.Item key={`${conflict.kind}:${conflict.message}`}>
                      <Group gap={6} wrap="nowrap" align="flex-start">
                        <Badge color="red" variant="outline" size="sm" style={{ flexShrink: 0 }}>
                          {KIND_LABELS[conflict.kind]}
                        </Badge>
                        <Text size="sm">{conflict.message}</Text>
                      </Group>
                    </List.Item>
                  ))}
                </List>
              </Alert>
            )}
          </Section>
          {check.data.conflicts.length > 0 && (
            <Section title="Next free window">
              <Text size="sm">
                {check.data.nextFreeWindow
                  ? formatWindow(
                      check.data.nextFreeWindow.start,
                      check.data.nextFreeWindow.end,
                      zone,
                    )
                  : 'None in the next 90 days.'}
              </Text>
            </Section>
          )}
        </>
      )}
    </Stack>
  );
}
