import type { MonthRange } from '../api/get-kpis';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The API's limit on one report. */
export const MAX_MONTHS = 36;

function monthOf(date: Date): string {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** "2026-03" -> [2026, 3]. */
function parts(month: string): [number, number] {
  return [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
}

function index(month: string): number {
  const [year, number] = parts(month);
  return year * 12 + number - 1;
}

/** The twelve months up to the current one (UTC, as the server counts months). */
export function lastTwelveMonths(now: Date = new Date()): MonthRange {
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
  return { from: monthOf(first), to: monthOf(now) };
}

/** What is wrong with a range a person picked, in words; null when the server will take it. */
export function rangeProblem({ from, to }: MonthRange): string | null {
  if (!MONTH.test(from)) return 'Pick the first month.';
  if (!MONTH.test(to)) return 'Pick the last month.';
  if (index(from) > index(to)) return 'The first month must not be after the last.';
  if (index(to) - index(from) + 1 > MAX_MONTHS) {
    return `Pick at most ${MAX_MONTHS} months.`;
  }
  return null;
}

/** "2026-03" -> "Mar 2026", for axis labels and tables. */
export function monthLabel(month: string): string {
  const [year, number] = parts(month);
  const name = new Date(Date.UTC(year, number - 1, 1)).toLocaleString('en', {
    month: 'short',
    timeZone: 'UTC',
  });
  return `${name} ${year}`;
}
