/** The filters of the audit event search as the URL keeps them (Back and shared links restore them). */
export type EventFilters = {
  subject: string;
  ci: string;
  actor: string;
  action: string;
  /** First day, YYYY-MM-DD (UTC), or empty. */
  from: string;
  /** Last day, YYYY-MM-DD (UTC), included, or empty. */
  to: string;
};

export const NO_EVENT_FILTERS: EventFilters = {
  subject: '',
  ci: '',
  actor: '',
  action: '',
  from: '',
  to: '',
};

const TEXT_FIELDS = ['subject', 'ci', 'actor', 'action'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function day(value: string | null): string {
  return value !== null && DAY.test(value) && !Number.isNaN(Date.parse(value)) ? value : '';
}

/** Reads the filters from the page's URL, ignoring values that are not filters. */
export function eventFiltersFromSearch(search: URLSearchParams): EventFilters {
  const filters = { ...NO_EVENT_FILTERS };
  for (const field of TEXT_FIELDS) filters[field] = (search.get(field) ?? '').trim();
  filters.from = day(search.get('from'));
  filters.to = day(search.get('to'));
  return filters;
}

export function eventFiltersToSearch(filters: EventFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const field of [...TEXT_FIELDS, 'from', 'to'] as const) {
    const value = filters[field].trim();
    if (value) search.set(field, value);
  }
  return search;
}

export function isFiltered(filters: EventFilters): boolean {
  return eventFiltersToSearch(filters).size > 0;
}

/** The day after a YYYY-MM-DD day, so "to" includes the whole of its last day. */
function nextDay(value: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export type EventsQuery = {
  subject?: string;
  ci?: string;
  actor?: string;
  action?: string;
  from?: string;
  to?: string;
};

/** What the server is asked for: days become instants (UTC), empty filters are left out. */
export function toEventsQuery(filters: EventFilters): EventsQuery {
  const query: EventsQuery = {};
  for (const field of TEXT_FIELDS) if (filters[field]) query[field] = filters[field];
  if (filters.from) query.from = `${filters.from}T00:00:00Z`;
  if (filters.to) query.to = `${nextDay(filters.to)}T00:00:00Z`;
  return query;
}

/** The CSV download of the same search. */
export function eventsCsvHref(filters: EventFilters): string {
  const query = new URLSearchParams(toEventsQuery(filters));
  return query.size > 0 ? `/api/audit/events.csv?${query}` : '/api/audit/events.csv';
}

/** The evidence ZIP of the period, when both ends are set. */
export function periodZipHref(filters: EventFilters): string | null {
  if (!filters.from || !filters.to) return null;
  return `/api/audit/evidence.zip?${new URLSearchParams({ from: filters.from, to: filters.to })}`;
}
