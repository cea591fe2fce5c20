/** A rate (0..1) as a whole per cent, e.g. 0.6667 -> "67%"; no value reads as a dash. */
export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${Math.round(rate * 100)}%`;
}

/**
 * Hours as people say them: minutes under an hour, hours under two days, else days
 * ("45 min", "3.5 h", "2.1 d"); no value reads as a dash.
 */
export function formatHours(hours: number | null | undefined): string {
  if (hours === null || hours === undefined) return '—';
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  if (hours < 48) return `${round1(hours)} h`;
  return `${round1(hours / 24)} d`;
}

export function formatCount(count: number): string {
  return String(Math.round(count * 10) / 10);
}

function round1(value: number): string {
  return String(Math.round(value * 10) / 10);
}
