import {
  Button,
  Group,
  SegmentedControl,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useSearchParams } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { browserTimeZone } from '@/lib/time-zone';

import { useCalendar } from '../api/get-calendar';
import {
  CALENDAR_VIEWS,
  addDays,
  dayStart,
  isDay,
  periodLabel,
  shiftAnchor,
  today as todayIn,
  visibleDays,
  type CalendarViewKind,
} from '../utils/calendar-days';

import { CalendarGrid } from './calendar-grid';
import { CalendarList } from './calendar-list';
import { CiPicker } from './ci-picker';
import { SubscribeModal } from './subscribe-modal';

const VIEW_LABELS: Record<CalendarViewKind, string> = {
  month: 'Month',
  week: 'Week',
  list: 'List',
};

function viewOf(value: string | null): CalendarViewKind {
  return (CALENDAR_VIEWS as readonly string[]).includes(value ?? '')
    ? (value as CalendarViewKind)
    : 'month';
}

type CalendarPageProps = {
  /** The zone days are read in; the browser's by default. */
  zone?: string;
  /** The current instant, for "today" (tests fix it). */
  now?: number;
};

/**
 * The change calendar: scheduled changes and releases, freezes and maintenance windows, by
 * month, week or as a list. The view, period and filters live in the URL, so a link shares them.
 */
export function CalendarPage({ zone = browserTimeZone(), now }: CalendarPageProps) {
  const [params, setParams] = useSearchParams();
  const [subscribing, setSubscribing] = useState(false);
  const today = todayIn(zone, now);
  const view = viewOf(params.get('view'));
  const dateParam = params.get('date');
  const anchor = isDay(dateParam) ? dateParam : today;
  const ci = params.get('ci') ?? '';
  const service = params.get('service') ?? '';
  const [team, setTeam] = useState(params.get('team') ?? '');

  function update(changes: Record<string, string | null>) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries(changes)) {
          if (value) next.set(name, value);
          else next.delete(name);
        }
        return next;
      },
      { replace: true },
    );
  }
  const updateTeam = useDebouncedCallback((value: string) => update({ team: value.trim() }), 400);

  const days = visibleDays(view, anchor);
  const calendar = useCalendar({
    from: dayStart(days[0]!, zone),
    to: dayStart(addDays(days[days.length - 1]!, 1), zone),
    ci,
    service,
    team: params.get('team') ?? '',
  });
  const period = periodLabel(view, anchor);
  const unit = view === 'week' ? 'week' : 'month';

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={0}>
          <Title order={2}>Change calendar</Title>
          <Text size="sm" c="dimmed">
            Scheduled changes and releases, freezes and maintenance windows ({zone})
          </Text>
        </Stack>
        <Button variant="default" onClick={() => setSubscribing(true)}>
          Subscribe
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <CiPicker
          label="Configuration item"
          placeholder="Any"
          value={ci || null}
          onChange={(key) => update({ ci: key })}
        />
        <CiPicker
          label="Business service"
          placeholder="Any"
          type="BUSINESS_SERVICE"
          value={service || null}
          onChange={(key) => update({ service: key })}
        />
        <TextInput
          label="Team"
          placeholder="Owner group, e.g. commerce"
          value={team}
          onChange={(event) => {
            setTeam(event.currentTarget.value);
            updateTeam(event.currentTarget.value);
          }}
        />
      </SimpleGrid>
      <Group justify="space-between">
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            aria-label={`Previous ${unit}`}
            onClick={() => update({ date: shiftAnchor(view, anchor, -1) })}
          >
            ‹
          </Button>
          <Button variant="default" size="xs" onClick={() => update({ date: null })}>
            Today
          </Button>
          <Button
            variant="default"
            size="xs"
            aria-label={`Next ${unit}`}
            onClick={() => update({ date: shiftAnchor(view, anchor, 1) })}
          >
            ›
          </Button>
          <Title order={3} size="h4" ml="sm">
            {period}
          </Title>
        </Group>
        <SegmentedControl
          aria-label="View"
          value={view}
          onChange={(value) => update({ view: value === 'month' ? null : value })}
          data={CALENDAR_VIEWS.map((value) => ({ value, label: VIEW_LABELS[value] }))}
        />
      </Group>
      {calendar.isPending ? (
        <Skeleton height={480} aria-label="Loading the calendar" />
      ) : calendar.isError ? (
        <ProblemAlert title="Could not load the calendar" error={calendar.error} />
      ) : view === 'list' ? (
        <CalendarList entries={calendar.data.entries} zone={zone} />
      ) : (
        <CalendarGrid
          view={view}
          days={days}
          anchor={anchor}
          today={today}
          entries={calendar.data.entries}
          zone={zone}
          label={period}
        />
      )}
      <SubscribeModal opened={subscribing} onClose={() => setSubscribing(false)} />
    </Stack>
  );
}
