// @vitest-environment node
import { describe, expect, it } from 'vitest';

import {
  browserTimeZone,
  formatDateTime,
  formatInZone,
  formatWindow,
  isOffsetDateTime,
  isoToWallTime,
  isValidTimeZone,
  offsetMinutes,
  timeZones,
  wallTimeToIso,
} from './time-zone';

describe('time zones', () => {
  it('knows IANA names, UTC included, and rejects made-up ones and offsets', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('+01:00')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(timeZones()[0]).toBe('UTC');
    expect(timeZones()).toContain('America/New_York');
  });

  it('finds the offset of a zone at an instant, summer time included', () => {
    expect(offsetMinutes(Date.parse('2026-01-15T12:00:00Z'), 'Europe/Berlin')).toBe(60);
    expect(offsetMinutes(Date.parse('2026-07-15T12:00:00Z'), 'Europe/Berlin')).toBe(120);
    expect(offsetMinutes(Date.parse('2026-07-15T12:00:00Z'), 'Asia/Kolkata')).toBe(330);
    expect(offsetMinutes(Date.parse('2026-01-15T12:00:00Z'), 'America/New_York')).toBe(-300);
  });
});

describe('wallTimeToIso', () => {
  it('turns a wall-clock time in a zone into an ISO date-time with that offset', () => {
    expect(wallTimeToIso('2026-03-14T22:00', 'Europe/Berlin')).toBe('2026-03-14T22:00:00+01:00');
    expect(wallTimeToIso('2026-07-01T08:30', 'Europe/Berlin')).toBe('2026-07-01T08:30:00+02:00');
    expect(wallTimeToIso('2026-07-01T08:30', 'America/New_York')).toBe('2026-07-01T08:30:00-04:00');
    expect(wallTimeToIso('2026-07-01T08:30', 'UTC')).toBe('2026-07-01T08:30:00+00:00');
  });

  it('moves a time skipped by the spring DST change forward by the gap', () => {
    expect(wallTimeToIso('2026-03-29T02:30', 'Europe/Berlin')).toBe('2026-03-29T03:30:00+02:00');
  });

  it('gives an empty string for empty or malformed input', () => {
    expect(wallTimeToIso('', 'Europe/Berlin')).toBe('');
    expect(wallTimeToIso('tomorrow', 'Europe/Berlin')).toBe('');
    expect(wallTimeToIso('2026-03-14T22:00', 'Nowhere/Else')).toBe('');
  });
});

describe('isoToWallTime', () => {
  it('shows an instant as the wall-clock time of the zone', () => {
    expect(isoToWallTime('2026-03-14T21:00:00Z', 'Europe/Berlin')).toBe('2026-03-14T22:00');
    expect(isoToWallTime('2026-03-14T22:00:00+01:00', 'America/New_York')).toBe('2026-03-14T17:00');
    expect(isoToWallTime(null, 'UTC')).toBe('');
  });

  it('round-trips with wallTimeToIso', () => {
    const iso = wallTimeToIso('2026-11-02T06:15', 'Australia/Sydney');
    expect(isoToWallTime(iso, 'Australia/Sydney')).toBe('2026-11-02T06:15');
  });
});

describe('formatting', () => {
  it('accepts only date-times with an offset', () => {
    expect(isOffsetDateTime('2026-03-14T22:00:00+01:00')).toBe(true);
    expect(isOffsetDateTime('2026-03-14T22:00Z')).toBe(true);
    expect(isOffsetDateTime('2026-03-14T22:00')).toBe(false);
    expect(isOffsetDateTime('2026-13-45T22:00:00Z')).toBe(false);
  });

  it("formats a window in the change's own zone", () => {
    expect(formatInZone('2026-03-14T21:00:00Z', 'Europe/Berlin')).toBe('14 Mar 2026, 22:00');
    expect(formatWindow('2026-03-14T21:00:00Z', '2026-03-15T01:00:00Z', 'Europe/Berlin')).toBe(
      '14 Mar 2026, 22:00 – 15 Mar 2026, 02:00',
    );
    expect(formatInZone(null, 'UTC')).toBe('—');
  });
});

describe('formatDateTime', () => {
  it("writes every moment in the one format, in the reader's time zone", () => {
    expect(formatDateTime('2026-03-14T21:00:00Z')).toBe(
      formatInZone('2026-03-14T21:00:00Z', browserTimeZone()),
    );
    expect(formatDateTime('2026-03-14T21:00:00Z')).toMatch(/^\d{1,2} Mar 2026, \d{2}:\d{2}$/);
    expect(formatDateTime(undefined)).toBe('—');
  });
});
