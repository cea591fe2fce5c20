// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { jsonResponse, mockFetch } from '@/testing/mock-fetch';

import { changesSearchParams, getChanges } from './get-changes';

describe('changesSearchParams', () => {
  it('asks for the first page with only the page size when nothing is filtered', () => {
    expect(changesSearchParams({}).toString()).toBe('limit=25');
  });

  it('repeats state and adds every filter that is set', () => {
    const params = changesSearchParams(
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

    expect(params.getAll('state')).toEqual(['AWAITING_CAB', 'IN_REVIEW']);
    expect(params.toString()).toBe(
      'state=AWAITING_CAB&state=IN_REVIEW&changeClass=NORMAL&priority=P2&requester=ann' +
        '&q=db+upgrade&from=2026-03-01T00%3A00%3A00Z&to=2026-04-01T00%3A00%3A00Z' +
        '&after=CHG-000042&limit=10',
    );
  });

  it('leaves out blank, null and empty filters', () => {
    const params = changesSearchParams({
      state: [],
      changeClass: null,
      priority: undefined,
      requester: '',
      q: '   ',
    });
    expect(params.toString()).toBe('limit=25');
  });
});

describe('getChanges', () => {
  it('passes the keyset cursor as after and reads the page, null fields included', async () => {
    mockFetch({
      'GET /api/changes?state=DRAFT&after=abc&limit=25': () =>
        jsonResponse({
          items: [
            {
              key: 'CHG-000001',
              title: 'Patch',
              state: 'DRAFT',
              requester: 'ann',
              plannedStart: '2026-03-14T22:00:00+01:00',
              plannedEnd: '2026-03-15T02:00:00+01:00',
              timeZone: 'Europe/Berlin',
              updatedAt: '2026-03-01T10:00:00Z',
            },
          ],
        }),
    });

    const page = await getChanges({ state: ['DRAFT'] }, { after: 'abc' });

    expect(page.next).toBeNull();
    expect(page.items[0]).toMatchObject({ key: 'CHG-000001', changeClass: null, priority: null });
  });
});
