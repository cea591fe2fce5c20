// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { changesQuery } from '../api/get-changes';

import {
  isFiltered,
  listFiltersFromSearch,
  listFiltersToSearch,
  toChangeFilters,
} from './list-filters';

describe('changes list filters', () => {
  it('read from the URL, dropping values that are not filters', () => {
    const filters = listFiltersFromSearch(
      new URLSearchParams(
        'state=DRAFT&state=BOGUS&state=IN_REVIEW&class=NORMAL&priority=P9&q=db&mine=1',
      ),
    );
    expect(filters).toEqual({
      state: ['DRAFT', 'IN_REVIEW'],
      changeClass: 'NORMAL',
      priority: null,
      q: 'db',
      mine: true,
      date: null,
      from: '',
      to: '',
      sort: null,
    });
  });

  it('write back to the URL without the empty ones', () => {
    const filters = {
      state: [],
      changeClass: null,
      priority: 'P1' as const,
      q: '  ',
      mine: false,
      date: null,
      from: '',
      to: '',
      sort: null,
    };
    expect(listFiltersToSearch(filters).toString()).toBe('priority=P1');
    expect(isFiltered(filters)).toBe(true);
    expect(isFiltered({ ...filters, priority: null })).toBe(false);
  });

  it('turn "mine" into the requester filter of the API query', () => {
    const filters = listFiltersFromSearch(
      new URLSearchParams('state=AWAITING_CAB&mine=1&q=%20patch'),
    );
    expect(changesQuery(toChangeFilters(filters, 'ann'))).toEqual({
      state: ['AWAITING_CAB'],
      requester: 'ann',
      q: 'patch',
      limit: 25,
    });
    expect(toChangeFilters({ ...filters, mine: false }, 'ann').requester).toBeNull();
  });

  it('turn a period of whole days into instants on the chosen date, the last day included', () => {
    const filters = listFiltersFromSearch(
      new URLSearchParams('date=PLANNED_START&from=2026-11-30&to=2026-11-30&sort=KEY'),
    );
    expect(changesQuery(toChangeFilters(filters, 'ann'))).toEqual({
      date: 'PLANNED_START',
      from: '2026-11-30T00:00:00Z',
      to: '2026-12-01T00:00:00Z',
      sort: 'KEY',
      limit: 25,
    });
    expect(isFiltered({ ...filters, date: null, from: '', to: '' })).toBe(false);
  });

  it('leave the default order and a date without a period out of the query and the URL', () => {
    const filters = listFiltersFromSearch(
      new URLSearchParams('date=SUBMITTED&sort=SUBMITTED&from=soon'),
    );
    expect(listFiltersToSearch(filters).toString()).toBe('');
    expect(changesQuery(toChangeFilters(filters, 'ann'))).toEqual({ limit: 25 });
  });
});
