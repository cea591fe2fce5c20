import { describe, expect, it } from 'vitest';

import {
  eventFiltersFromSearch,
  eventFiltersToSearch,
  eventsCsvHref,
  NO_EVENT_FILTERS,
  periodZipHref,
  toEventsQuery,
} from './event-filters';

describe('audit event filters', () => {
  it('reads the filters from the URL and drops what is no day', () => {
    const filters = eventFiltersFromSearch(
      new URLSearchParams('subject=CHG-000042&actor=cab1&from=2026-11-01&to=yesterday&x=1'),
    );

    expect(filters).toEqual({
      ...NO_EVENT_FILTERS,
      subject: 'CHG-000042',
      actor: 'cab1',
      from: '2026-11-01',
    });
    expect(eventFiltersToSearch(filters).toString()).toBe(
      'subject=CHG-000042&actor=cab1&from=2026-11-01',
    );
  });

  it('asks the server for whole UTC days, the last one included', () => {
    expect(
      toEventsQuery({
        ...NO_EVENT_FILTERS,
        action: 'VoteCast',
        from: '2026-11-01',
        to: '2026-11-30',
      }),
    ).toEqual({ action: 'VoteCast', from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' });
  });

  it('downloads the same search as CSV, and a period as an evidence ZIP', () => {
    const filters = { ...NO_EVENT_FILTERS, ci: 'CI-00003', from: '2026-11-01', to: '2026-11-02' };

    expect(eventsCsvHref(filters)).toBe(
      '/api/audit/events.csv?ci=CI-00003&from=2026-11-01T00%3A00%3A00Z&to=2026-11-03T00%3A00%3A00Z',
    );
    expect(eventsCsvHref(NO_EVENT_FILTERS)).toBe('/api/audit/events.csv');
    expect(periodZipHref(filters)).toBe('/api/audit/evidence.zip?from=2026-11-01&to=2026-11-02');
    expect(periodZipHref({ ...filters, to: '' })).toBeNull();
  });
});
