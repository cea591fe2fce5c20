// The calendar's days are plain dates (YYYY-MM-DD) in the reader's time zone: a change from
// 22:00 to 02:00 shows on both days it touches. Date arithmetic runs on UTC midnights, where
// no DST change can shift a day; the zone only matters when an instant becomes a day and back.

import { isoToWallTime, wallTimeToIso } from '@/lib/time-zone';

export type Day = string;

export const CALENDAR_VIEWS = ['month', 'week', 'list'] as const;
export type CalendarViewKind = (typeof CALENDAR_VIEWS)[number];

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function utcMidnight(day: Day): Date {
  return new Date(`${day}T00:00:00Z`);
}

function toDay(date: Date): Day {
  return date.toISOString().slice(0, 10);
}

export function isDay(value: string | null | undefined): value is Day {
  return !!value && DAY.test(value) && !Number.isNaN(utcMidnight(value).getTime());
}

export function addDays(day: Day, days: number): Day {
  const date = utcMidnight(day);
  date.setUTCDate(date.getUTCDate() + days);
  return toDay(date);
}

/** Monday 0 … Sunday 6: weeks start on Monday, as in most of Europe and ISO 8601. */
export function weekdayIndex(day: Day): number {
  return (utcMidnight(day).getUTCDay() + 6) % 7;
}

export function startOfWeek(day: Day): Day {
  return addDays(day, -weekdayIndex(day));
}

function firstOfMonth(day: Day): Day {
  return `${day.slice(0, 7)}-01`;
}

function lastOfMonth(day: Day): Day {
  const date = utcMidnight(firstOfMonth(day));
  date.setUTCMonth(date.getUTCMonth() + 1);
  date.setUTCDate(0);
  return toDay(date);
}

/** The days a view shows around `anchor`: whole weeks for month and week, the month for list. */
export function visibleDays(view: CalendarViewKind, anchor: Day): Day[] {
  const [first, last] =
    view === 'week'
      ? [startOfWeek(anchor), addDays(startOfWeek(anchor), 6)]
      : view === 'month'
        ? [startOfWeek(firstOfMonth(anchor)), addDays(startOfWeek(lastOfMonth(anchor)), 6)]
        : [firstOfMonth(anchor), lastOfMonth(anchor)];
  const days: Day[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The anchor of the previous (-1) or next (+1) period. */
export function shiftAnchor(view: CalendarViewKind, anchor: Day, direction: -1 | 1): Day {
  if (view === 'week') return addDays(anchor, 7 * direction);
  const date = utcMidnight(firstOfMonth(anchor));
  date.setUTCMonth(date.getUTCMonth() + direction);
  return toDay(date);
}

export function isSameMonth(day: Day, anchor: Day): boolean {
  return day.slice(0, 7) === anchor.slice(0, 7);
}

/** The instant `day` starts in `zone`, as the API takes it. */
export function dayStart(day: Day, zone: string): string {
  return wallTimeToIso(`${day}T00:00`, zone);
}

/** The day an instant falls on in `zone`. */
export function dayOf(iso: string, zone: string): Day {
  return isoToWallTime(iso, zone).slice(0, 10);
}

/**
 * The days of `days` that the period from `start` to `end` (exclusive) touches in `zone`. A
 * period ending at midnight does not spill onto the next day.
 */
export function daysTouched(start: string, end: string, zone: string, days: readonly Day[]): Day[] {
  const first = dayOf(start, zone);
  const endMillis = Date.parse(end);
  const last =
    endMillis > Date.parse(start) ? dayOf(new Date(endMillis - 1).toISOString(), zone) : first;
  return days.filter((day) => day >= first && day <= last);
}

/** Today in `zone`. */
export function today(zone: string, now: number = Date.now()): Day {
  return dayOf(new Date(now).toISOString(), zone);
}

const dayLabelFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** "Tuesday 8 December 2026": a day cell's name for screen readers and tests. */
export function dayLabel(day: Day): string {
  return dayLabelFormat.format(utcMidnight(day)).replace(',', '');
}

const monthFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  month: 'long',
  year: 'numeric',
});

const shortDayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

/** The period a view shows, as its title: "December 2026" or "7 Dec 2026 – 13 Dec 2026". */
export function periodLabel(view: CalendarViewKind, anchor: Day): string {
  if (view !== 'week') return monthFormat.format(utcMidnight(anchor));
  const days = visibleDays('week', anchor);
  return `${shortDayFormat.format(utcMidnight(days[0]!))} – ${shortDayFormat.format(utcMidnight(days[6]!))}`;
}

export const WEEKDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** "22:00" in `zone`. */
export function timeOf(iso: string, zone: string): string {
  return isoToWallTime(iso, zone).slice(11, 16);
}
