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
    });
  });

  it('write back to the URL without the empty ones', () => {
    const filters = { state: [], changeClass: null, priority: 'P1' as const, q: '  ', mine: false };
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
});
