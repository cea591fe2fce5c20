// Planned windows are wall-clock times in the change's own time zone ("Saturday 22:00 in
// Berlin"), while the API exchanges ISO date-times with an offset. These helpers convert between
// the two with Intl alone, so no date library enters the bundle.

/** A wall-clock time as `<input type="datetime-local">` uses it: YYYY-MM-DDTHH:mm. */
export type WallTime = string;

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
// Names like Europe/Berlin or America/Argentina/Buenos_Aires; rules out offsets such as +01:00.
const ZONE_NAME = /^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/;

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

let zonesCache: string[] | undefined;

/** The IANA time zones this browser knows, for a picker; UTC first. */
export function timeZones(): string[] {
  if (!zonesCache) {
    const supported =
      typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    zonesCache = ['UTC', ...supported.filter((zone) => zone !== 'UTC')];
  }
  return zonesCache;
}

function intlAccepts(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Whether `zone` is an IANA time zone name (aliases such as Asia/Calcutta included). */
export function isValidTimeZone(zone: string): boolean {
  if (zone === 'UTC') return true;
  if (typeof Intl.supportedValuesOf === 'function' && timeZones().includes(zone)) return true;
  return ZONE_NAME.test(zone) && intlAccepts(zone);
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(zone, formatter);
  }
  return formatter;
}

/** The wall-clock fields of an instant in `zone`, as if they were UTC (milliseconds). */
function wallClockMillis(instant: number, zone: string): number {
  const fields: Record<string, number> = {};
  for (const part of partsFormatter(zone).formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = fields;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** Minutes `zone` is ahead of UTC at `instant`. */
export function offsetMinutes(instant: number, zone: string): number {
  const withoutMillis = instant - (((instant % 1000) + 1000) % 1000);
  return Math.round((wallClockMillis(withoutMillis, zone) - withoutMillis) / 60_000);
}

function pad(value: number, length = 2): string {
  return String(Math.abs(value)).padStart(length, '0');
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/**
 * The ISO date-time with offset for a wall-clock time in `zone`, e.g. 2026-03-14T22:00 in
 * Europe/Berlin gives 2026-03-14T22:00:00+01:00. Empty or malformed input gives ''. A time
 * skipped by a DST change moves forward by the gap, as java.time does.
 */
export function wallTimeToIso(wallTime: WallTime, zone: string): string {
  const match = WALL_TIME.exec(wallTime);
  if (!match || !isValidTimeZone(zone)) return '';
  const [, y, mo, d, h, mi, s] = match.map(Number);
  const asUtc = Date.UTC(y!, mo! - 1, d, h, mi, Number.isNaN(s) ? 0 : (s ?? 0));
  // The offset at the guessed instant may differ from the one at the real instant near a DST
  // change; a second pass settles it.
  let offset = offsetMinutes(asUtc - offsetMinutes(asUtc, zone) * 60_000, zone);
  const instant = asUtc - offset * 60_000;
  offset = offsetMinutes(instant, zone);
  const local = new Date(instant + offset * 60_000);
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    formatOffset(offset)
  );
}

/** The wall-clock time in `zone` of an ISO date-time, for a datetime-local input. */
export function isoToWallTime(iso: string | null | undefined, zone: string): WallTime {
  const instant = iso ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(instant)) return '';
  const local = new Date(wallClockMillis(instant, isValidTimeZone(zone) ? zone : 'UTC'));
  return local.toISOString().slice(0, 16);
}

/** Whether `value` is an ISO 8601 date-time with a UTC offset (what OffsetDateTime parses). */
export function isOffsetDateTime(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  );
}

/** A date and time as people in `zone` read it, e.g. "14 Mar 2026, 22:00". */
export function formatInZone(iso: string | null | undefined, zone: string): string {
  const instant = iso ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(instant)) return '—';
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: isValidTimeZone(zone) ? zone : 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
}

/**
 * When something happened, for the person reading it: the one date format of the app, in their
 * browser's time zone ("14 Mar 2026, 22:00").
 */
export function formatDateTime(iso: string | null | undefined): string {
  return formatInZone(iso, browserTimeZone());
}

/** A planned window in the change's zone: "14 Mar 2026, 22:00 – 15 Mar 2026, 02:00". */
export function formatWindow(
  start: string | null | undefined,
  end: string | null | undefined,
  zone: string,
): string {
  return `${formatInZone(start, zone)} – ${formatInZone(end, zone)}`;
}
