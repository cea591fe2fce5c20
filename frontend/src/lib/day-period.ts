// Lists and reports take a period as whole days (UTC, like the server's "what changed?"):
// `from` is the first day, `to` the last, both included.

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A day as the URL keeps it (YYYY-MM-DD), or '' for anything else. */
export function dayOrEmpty(value: string | null): string {
  if (!value || !DAY.test(value)) return '';
  return Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? '' : value;
}

/** The instant the day starts (UTC), as the API takes it. */
export function startOfDay(day: string): string {
  return `${day}T00:00:00Z`;
}

/** The instant after the day (UTC): the exclusive end of a period that includes the day. */
export function endOfDay(day: string): string {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().replace('.000Z', 'Z');
}
