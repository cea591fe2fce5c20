// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { jsonResponse, mockFetch } from '@/testing/mock-fetch';

import { aSummary } from '../testing/fixtures';

import { changesQuery, getChanges } from './get-changes';

describe('changesQuery', () => {
  it('asks for the first page with only the page size when nothing is filtered', () => {
    expect(changesQuery({})).toEqual({ limit: 25 });
  });

  it('repeats state and adds every filter that is set', () => {
    const query = changesQuery(
      {
        state: ['AWAITING_CAB', 'IN_REVIEW'],
        changeClass: 'NORMAL',
        priority: 'P2',
        requester: 'ann',
        q: '  db upgrade ',
        from: '2026-03-01T00:00:00Z',
        to: '2026-04-01T00:00:00Z',
      },
      { after: 'CHG-000042', limit: 10 },
    );

    expect(query).toEqual({
      state: ['AWAITING_CAB', 'IN_REVIEW'],
      changeClass: 'NORMAL',
      priority: 'P2',
      requester: 'ann',
      q: 'db upgrade',
      from: '2026-03-01T00:00:00Z',
      to: '2026-04-01T00:00:00Z',
      after: 'CHG-000042',
      limit: 10,
    });
  });

  it('leaves out blank, null and empty filters', () => {
    const query = changesQuery({
      state: [],
      changeClass: null,
      priority: undefined,
      requester: '',
      q: '   ',
    });
    expect(query).toEqual({ limit: 25 });
  });
});

describe('getChanges', () => {
  it('sends repeated states and the keyset cursor as after, and reads the page', async () => {
    const {
      changeClass: _class,
      priority: _priority,
      ...unclassified
    } = aSummary('CHG-000001', {
      state: 'DRAFT',
    });
    mockFetch({
      'GET /api/changes?state=DRAFT&state=IN_REVIEW&requester=ann&after=abc&limit=25': () =>
        jsonResponse({ items: [unclassified] }),
    });

    const page = await getChanges(
      { state: ['DRAFT', 'IN_REVIEW'], requester: 'ann' },
      { after: 'abc' },
    );

    // The server leaves out what is not set: the last page has no next, a draft no class yet.
    expect(page.next).toBeUndefined();
    expect(page.items[0]).toMatchObject({ key: 'CHG-000001', state: 'DRAFT' });
    expect(page.items[0]?.changeClass).toBeUndefined();
    expect(page.items[0]?.priority).toBeUndefined();
  });
});
