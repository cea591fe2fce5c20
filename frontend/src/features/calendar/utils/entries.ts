import type { CalendarEntry } from '../api/get-calendar';

import { daysTouched, type Day } from './calendar-days';

const WINDOW_KINDS = new Set<CalendarEntry['kind']>(['BLACKOUT', 'MAINTENANCE']);

export function isWindow(entry: CalendarEntry): boolean {
  return WINDOW_KINDS.has(entry.kind);
}

/** Windows first (a freeze is what a reader must see), then changes and releases by start. */
function order(a: CalendarEntry, b: CalendarEntry): number {
  const windows = Number(isWindow(b)) - Number(isWindow(a));
  if (windows !== 0) return windows;
  return Date.parse(a.start) - Date.parse(b.start);
}

/** The entries of each day of `days`: an entry shows on every day it touches in `zone`. */
export function entriesByDay(
  entries: readonly CalendarEntry[],
  days: readonly Day[],
  zone: string,
): Map<Day, CalendarEntry[]> {
  const byDay = new Map<Day, CalendarEntry[]>(days.map((day) => [day, []]));
  for (const entry of [...entries].sort(order)) {
    for (const day of daysTouched(entry.start, entry.end, zone, days)) byDay.get(day)!.push(entry);
  }
  return byDay;
}

/** Entries as the list view shows them: by start, windows with the rest. */
export function byStart(entries: readonly CalendarEntry[]): CalendarEntry[] {
  return [...entries].sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || order(a, b));
}

export const KIND_LABELS: Record<CalendarEntry['kind'], string> = {
  CHANGE: 'Change',
  RELEASE: 'Release',
  BLACKOUT: 'Blackout',
  MAINTENANCE: 'Maintenance',
};

/** "2 conflicts" */
export function conflictCount(count: number): string {
  return count === 1 ? '1 conflict' : `${count} conflicts`;
}
