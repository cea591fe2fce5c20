import { z } from 'zod';

import { optionalText, requiredText } from '@/lib/plain-text';
import { isValidTimeZone, wallTimeToIso } from '@/lib/time-zone';

import type { BlackoutBody, MaintenanceWindowBody } from '../api/windows';

// The server's rules for windows (BlackoutBody, MaintenanceWindowBody and WindowAdmin's
// checks), with its messages, so the form says before sending what the server would answer.

export const SCOPE_KINDS = ['GLOBAL', 'CI'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

export const WEEKDAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const WEEKDAY_LABELS: Record<Weekday, string> = {
  MONDAY: 'Monday',
  TUESDAY: 'Tuesday',
  WEDNESDAY: 'Wednesday',
  THURSDAY: 'Thursday',
  FRIDAY: 'Friday',
  SATURDAY: 'Saturday',
  SUNDAY: 'Sunday',
};

export type BlackoutFormValues = {
  name: string;
  reason: string;
  scopeKind: ScopeKind;
  scope: string | null;
  startsAt: string;
  endsAt: string;
  timeZone: string;
};

export type MaintenanceFormValues = {
  name: string;
  scopeKind: ScopeKind;
  scope: string | null;
  recurrence: 'ONCE' | 'WEEKLY';
  startsAt: string;
  endsAt: string;
  dayOfWeek: Weekday | null;
  startTime: string;
  durationMinutes: number | string;
  timeZone: string;
};

type Issue = { path: string; message: string };

function scopeIssues(kind: ScopeKind, scope: string | null): Issue[] {
  return kind === 'CI' && !scope
    ? [{ path: 'scope', message: 'Pick the configuration item or business service.' }]
    : [];
}

function periodIssues(startsAt: string, endsAt: string, zone: string): Issue[] {
  const issues: Issue[] = [];
  if (!startsAt) issues.push({ path: 'startsAt', message: 'Enter the start of the window.' });
  if (!endsAt) issues.push({ path: 'endsAt', message: 'Enter the end of the window.' });
  if (startsAt && endsAt) {
    const start = Date.parse(wallTimeToIso(startsAt, zone));
    const end = Date.parse(wallTimeToIso(endsAt, zone));
    if (!(end > start))
      issues.push({ path: 'endsAt', message: 'The end must be after the start.' });
  }
  return issues;
}

function zoneIssues(zone: string): Issue[] {
  return isValidTimeZone(zone) ? [] : [{ path: 'timeZone', message: 'Pick the time zone.' }];
}

function report(ctx: z.RefinementCtx, issues: Issue[]) {
  for (const { path, message } of issues) ctx.addIssue({ code: 'custom', path: [path], message });
}

const name = requiredText(200).transform((value) => value.trim());

export const blackoutFormSchema = z
  .object({
    name,
    reason: optionalText(2000),
    scopeKind: z.enum(SCOPE_KINDS),
    scope: z.string().nullable(),
    startsAt: z.string(),
    endsAt: z.string(),
    timeZone: z.string(),
  })
  .superRefine((values, ctx) =>
    report(ctx, [
      ...scopeIssues(values.scopeKind, values.scope),
      ...zoneIssues(values.timeZone),
      ...periodIssues(values.startsAt, values.endsAt, values.timeZone),
    ]),
  )
  .transform((values): BlackoutBody => ({
    name: values.name,
    reason: values.reason.trim() || null,
    scope: values.scopeKind === 'CI' ? values.scope : null,
    startsAt: wallTimeToIso(values.startsAt, values.timeZone),
    endsAt: wallTimeToIso(values.endsAt, values.timeZone),
  }));

export const BLACKOUT_FIELDS = ['name', 'reason', 'scope', 'startsAt', 'endsAt'];

export const maintenanceFormSchema = z
  .object({
    name,
    scopeKind: z.enum(SCOPE_KINDS),
    scope: z.string().nullable(),
    recurrence: z.enum(['ONCE', 'WEEKLY']),
    startsAt: z.string(),
    endsAt: z.string(),
    dayOfWeek: z.enum(WEEKDAYS).nullable(),
    startTime: z.string(),
    durationMinutes: z.union([z.number(), z.string()]),
    timeZone: z.string(),
  })
  .superRefine((values, ctx) => {
    const issues = [...scopeIssues(values.scopeKind, values.scope), ...zoneIssues(values.timeZone)];
    if (values.recurrence === 'ONCE') {
      issues.push(...periodIssues(values.startsAt, values.endsAt, values.timeZone));
    } else {
      if (!values.dayOfWeek)
        issues.push({ path: 'dayOfWeek', message: 'Pick the day of the week.' });
      if (!/^\d{2}:\d{2}$/.test(values.startTime)) {
        issues.push({ path: 'startTime', message: 'Enter the local start time.' });
      }
      const minutes = Number(values.durationMinutes);
      if (values.durationMinutes === '' || !Number.isInteger(minutes)) {
        issues.push({
          path: 'durationMinutes',
          message: 'Enter how many minutes the window lasts.',
        });
      } else if (minutes < 1 || minutes > 10_080) {
        issues.push({
          path: 'durationMinutes',
          message: 'A window lasts from 1 minute to 7 days (10080 minutes).',
        });
      }
    }
    report(ctx, issues);
  })
  .transform((values): MaintenanceWindowBody => {
    const scope = values.scopeKind === 'CI' ? values.scope : null;
    if (values.recurrence === 'ONCE') {
      return {
        name: values.name,
        scope,
        recurrence: 'ONCE',
        startsAt: wallTimeToIso(values.startsAt, values.timeZone),
        endsAt: wallTimeToIso(values.endsAt, values.timeZone),
      };
    }
    return {
      name: values.name,
      scope,
      recurrence: 'WEEKLY',
      dayOfWeek: values.dayOfWeek ?? undefined,
      startTime: values.startTime,
      durationMinutes: Number(values.durationMinutes),
      timeZone: values.timeZone,
    };
  });

export const MAINTENANCE_FIELDS = [
  'name',
  'scope',
  'recurrence',
  'startsAt',
  'endsAt',
  'dayOfWeek',
  'startTime',
  'durationMinutes',
  'timeZone',
];
