// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { taskListQuery } from '../api/get-tasks';

import {
  inboxQueryOf,
  inboxSearchParams,
  isFiltered,
  KIND_OPTIONS,
  withFilter,
} from './inbox-filters';
import { nextRowIndex } from './row-focus';

const query = (search: string) => inboxQueryOf(new URLSearchParams(search));

describe('inbox URL state', () => {
  it("defaults to what is to do (mine and my groups'), unfiltered, in the server order", () => {
    expect(query('')).toEqual({ scope: 'todo' });
    expect(taskListQuery(query(''))).toEqual({ scope: 'todo', state: 'OPEN' });
    expect(query('scope=mine')).toEqual({ scope: 'mine' });
  });

  it('reads known filters and drops values the server would refuse', () => {
    expect(query('scope=groups&kind=PIR&priority=P2&due=week&sort=priority')).toEqual({
      scope: 'groups',
      kind: 'PIR',
      priority: 'P2',
      due: 'week',
      sort: 'priority',
    });
    expect(query('scope=everyone&kind=pir&priority=P9&due=never&sort=random')).toEqual({
      scope: 'todo',
    });
  });

  it('filters by the kinds of release tasks too, offered apart from change tasks', () => {
    expect(query('kind=GO_NO_GO')).toEqual({ scope: 'todo', kind: 'GO_NO_GO' });
    expect(taskListQuery(query('kind=START_ROLLOUT'))).toEqual({
      scope: 'todo',
      state: 'OPEN',
      kind: 'START_ROLLOUT',
    });
    expect(KIND_OPTIONS.map((group) => group.group)).toEqual(['Changes', 'Releases']);
    expect(KIND_OPTIONS[1]?.items).toEqual([
      { value: 'ACCEPT_RELEASE', label: 'Accept release' },
      { value: 'REVIEW_ROLLOUT_PLAN', label: 'Review rollout plan' },
      { value: 'START_ROLLOUT', label: 'Start rollout' },
      { value: 'GO_NO_GO', label: 'Go / no-go' },
    ]);
  });

  it('writes only what differs from the defaults, and reads it back the same', () => {
    const filtered = { scope: 'groups', kind: 'CAB_VOTE', due: 'overdue', sort: 'age' } as const;
    expect(inboxSearchParams(filtered).toString()).toBe(
      'scope=groups&kind=CAB_VOTE&due=overdue&sort=age',
    );
    expect(query(inboxSearchParams(filtered).toString())).toEqual(filtered);
    expect(inboxSearchParams({ scope: 'todo', sort: 'due' }).toString()).toBe('');
    expect(inboxSearchParams({ scope: 'mine', sort: 'due' }).toString()).toBe('scope=mine');
  });

  it('sets and clears one filter at a time', () => {
    const withKind = withFilter({ scope: 'mine' }, 'kind', 'PIR');
    expect(withKind).toEqual({ scope: 'mine', kind: 'PIR' });
    expect(isFiltered(withKind)).toBe(true);
    expect(withFilter(withKind, 'kind', null)).toEqual({ scope: 'mine' });
    expect(isFiltered({ scope: 'mine', sort: 'age' })).toBe(false);
  });

  it('sends every filter that is set, open tasks only', () => {
    expect(
      taskListQuery({ scope: 'all', kind: 'PIR', priority: 'P1', due: 'today', sort: 'due' }),
    ).toEqual({
      scope: 'all',
      state: 'OPEN',
      kind: 'PIR',
      priority: 'P1',
      due: 'today',
      sort: 'due',
    });
  });
});

describe('nextRowIndex', () => {
  it('moves down with j and ↓, up with k and ↑, and stops at the ends', () => {
    expect(nextRowIndex('j', 0, 3)).toBe(1);
    expect(nextRowIndex('ArrowDown', 2, 3)).toBe(2);
    expect(nextRowIndex('k', 1, 3)).toBe(0);
    expect(nextRowIndex('ArrowUp', 0, 3)).toBe(0);
  });

  it('starts at the first row and leaves other keys alone', () => {
    expect(nextRowIndex('j', -1, 3)).toBe(0);
    expect(nextRowIndex('Enter', 1, 3)).toBeUndefined();
    expect(nextRowIndex('j', -1, 0)).toBeUndefined();
  });
});
