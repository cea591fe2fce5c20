// API-shaped calendar answers for tests: what GET /api/calendar sends.

import {
  zBlackoutView,
  zCalendarEntry,
  zCalendarView,
  zKeysetPageCiView,
  zMaintenanceWindowView,
} from '@/api/generated/zod.gen';
import { contractFixture } from '@/testing/contract-fixture';

export function aCalendarEntry(overrides: Record<string, unknown> = {}) {
  return contractFixture(zCalendarEntry, {
    kind: 'CHANGE',
    id: 'CHG-000042',
    title: 'Upgrade the orders database',
    start: '2026-12-08T22:00:00Z',
    end: '2026-12-08T23:30:00Z',
    state: 'READY_FOR_RELEASE',
    changeClass: 'NORMAL',
    cis: ['CI-00004'],
    teams: ['data'],
    changeKeys: [],
    scope: null,
    scopeName: null,
    reason: null,
    conflicts: [],
    ...overrides,
  });
}

export function aSameCiConflict(otherKey: string, overrides: Record<string, unknown> = {}) {
  return {
    kind: 'SAME_CI',
    message: `${otherKey} changes orders-db (CI-00004) at the same time.`,
    changeKey: otherKey,
    windowId: null,
    windowName: null,
    ciKey: 'CI-00004',
    ...overrides,
  };
}

export function aBlackout(overrides: Record<string, unknown> = {}) {
  return aCalendarEntry({
    kind: 'BLACKOUT',
    id: '3f0c2a6e-0000-4000-8000-000000000001',
    title: 'Year-end freeze',
    start: '2026-12-20T00:00:00Z',
    end: '2027-01-04T00:00:00Z',
    state: null,
    changeClass: null,
    cis: [],
    teams: [],
    scope: 'CI-00001',
    scopeName: 'Web shop',
    reason: 'Peak trading',
    ...overrides,
  });
}

export function aMaintenance(overrides: Record<string, unknown> = {}) {
  return aCalendarEntry({
    kind: 'MAINTENANCE',
    id: '3f0c2a6e-0000-4000-8000-000000000002',
    title: 'Sunday night maintenance',
    start: '2026-12-06T02:00:00Z',
    end: '2026-12-06T06:00:00Z',
    state: null,
    changeClass: null,
    cis: [],
    teams: [],
    reason: 'Every Sunday 02:00 for 4 h (UTC)',
    ...overrides,
  });
}

export function aCalendar(entries: unknown[], from: string, to: string) {
  return contractFixture(zCalendarView, { from, to, entries });
}

export function aBlackoutWindow(overrides: Record<string, unknown> = {}) {
  return contractFixture(zBlackoutView, {
    id: '3f0c2a6e-0000-4000-8000-000000000001',
    name: 'Year-end freeze',
    startsAt: '2026-12-20T00:00:00Z',
    endsAt: '2027-01-04T00:00:00Z',
    createdBy: 'admin',
    scope: 'CI-00001',
    scopeName: 'Web shop',
    reason: 'Peak trading',
    ...overrides,
  });
}

export function aMaintenanceWindow(overrides: Record<string, unknown> = {}) {
  return contractFixture(zMaintenanceWindowView, {
    id: '3f0c2a6e-0000-4000-8000-000000000002',
    name: 'Sunday night maintenance',
    scope: null,
    scopeName: null,
    recurrence: 'WEEKLY',
    dayOfWeek: 'SUNDAY',
    startTime: '02:00',
    durationMinutes: 240,
    timeZone: 'Europe/Berlin',
    summary: 'Every Sunday 02:00 for 4 h (Europe/Berlin)',
    createdBy: 'admin',
    createdAt: '2026-11-01T09:00:00Z',
    ...overrides,
  });
}

export function aCiPage(items: Record<string, unknown>[]) {
  return contractFixture(zKeysetPageCiView, {
    items: items.map((item) => ({
      attributes: {},
      lifecycleStatus: 'IN_SERVICE',
      type: 'BUSINESS_SERVICE',
      ...item,
    })),
    next: null,
  });
}
