// @vitest-environment node
import { describe, expect, it } from 'vitest';

import type { Role } from '@/lib/roles';

import { canOpen, inboxCount, navigationFor } from './navigation';

const labels = (roles: Role[]) => navigationFor(roles).map((item) => item.label);

describe('navigationFor', () => {
  it('gives everyone the inbox, the calendar and the CMDB', () => {
    expect(labels([])).toEqual(['Inbox', 'Calendar', 'CMDB']);
  });

  it.each<[Role, string[]]>([
    ['REQUESTER', ['Inbox', 'Changes', 'Calendar', 'CMDB']],
    [
      'CHANGE_MANAGER',
      [
        'Inbox',
        'Changes',
        'CAB agenda',
        'Releases',
        'Calendar',
        'CMDB',
        'Unauthorized changes',
        'Reports',
      ],
    ],
    ['CAB_MEMBER', ['Inbox', 'Changes', 'CAB agenda', 'Calendar', 'CMDB']],
    ['ECAB_MEMBER', ['Inbox', 'Changes', 'CAB agenda', 'Calendar', 'CMDB']],
    ['RELEASE_ENGINEER', ['Inbox', 'Releases', 'Calendar', 'Hardware', 'CMDB']],
    [
      'AUDITOR',
      [
        'Inbox',
        'Changes',
        'CAB agenda',
        'Releases',
        'Calendar',
        'Hardware',
        'CMDB',
        'Unauthorized changes',
        'Reports',
        'Audit',
      ],
    ],
    [
      'ADMIN',
      [
        'Inbox',
        'Changes',
        'CAB agenda',
        'Releases',
        'Calendar',
        'Hardware',
        'CMDB',
        'Unauthorized changes',
        'Reports',
        'Audit',
        'Incidents',
        'Admin',
        'Windows',
        'Change models',
      ],
    ],
  ])('shows the pages a %s works with', (role, expected) => {
    expect(labels([role])).toEqual(expected);
  });

  it('merges several roles in menu order without duplicates', () => {
    expect(labels(['RELEASE_ENGINEER', 'REQUESTER', 'AUDITOR'])).toEqual([
      'Inbox',
      'Changes',
      'CAB agenda',
      'Releases',
      'Calendar',
      'Hardware',
      'CMDB',
      'Unauthorized changes',
      'Reports',
      'Audit',
    ]);
  });

  it('links each item to its route', () => {
    expect(navigationFor(['CHANGE_MANAGER'])).toContainEqual({ label: 'CAB agenda', path: '/cab' });
    expect(navigationFor(['AUDITOR'])).toContainEqual({ label: 'Reports', path: '/reports' });
  });
});

describe('navigation counts', () => {
  it('puts the inbox count on the inbox item only', () => {
    expect(navigationFor(['REQUESTER'], { inbox: 3 })).toStrictEqual([
      { label: 'Inbox', path: '/inbox', count: 3 },
      { label: 'Changes', path: '/changes' },
      { label: 'Calendar', path: '/calendar' },
      { label: 'CMDB', path: '/cmdb' },
    ]);
  });

  it('adds the overdue count to the inbox item', () => {
    expect(navigationFor([], { inbox: 4, inboxOverdue: 2 })[0]).toStrictEqual({
      label: 'Inbox',
      path: '/inbox',
      count: 4,
      overdue: 2,
    });
    expect(navigationFor([], { inbox: 4, inboxOverdue: 0 })[0]).toStrictEqual({
      label: 'Inbox',
      path: '/inbox',
      count: 4,
    });
  });

  it('shows no count when there is nothing or it is not known yet', () => {
    expect(navigationFor([], { inbox: 0 })[0]).toStrictEqual({ label: 'Inbox', path: '/inbox' });
    expect(navigationFor([])[0]).toStrictEqual({ label: 'Inbox', path: '/inbox' });
  });

  it('adds tasks of the user and of their groups for the inbox', () => {
    expect(inboxCount({ mine: 2, groups: 5 })).toBe(7);
    expect(inboxCount(undefined)).toBeUndefined();
  });
});

describe('canOpen', () => {
  it('lets a role open the pages in its navigation, sub-pages included', () => {
    expect(canOpen('/admin', ['ADMIN'])).toBe(true);
    expect(canOpen('/admin/windows', ['ADMIN'])).toBe(true);
    expect(canOpen('/calendar', ['REQUESTER'])).toBe(true);
    expect(canOpen('/changes/42', ['REQUESTER'])).toBe(true);
    expect(canOpen('/changes/new', ['CHANGE_MANAGER'])).toBe(true);
    expect(canOpen('/inbox/5b9d6c1e', [])).toBe(true);
  });

  it('keeps a role out of pages missing from its navigation', () => {
    expect(canOpen('/admin', ['CHANGE_MANAGER'])).toBe(false);
    expect(canOpen('/admin/change-models', ['AUDITOR'])).toBe(false);
    expect(canOpen('/audit', ['REQUESTER'])).toBe(false);
    expect(canOpen('/changes', ['RELEASE_ENGINEER'])).toBe(false);
    expect(canOpen('/changes/new', ['RELEASE_ENGINEER'])).toBe(false);
    expect(canOpen('/hardware', ['CHANGE_MANAGER'])).toBe(false);
    expect(canOpen('/unauthorized-changes', ['REQUESTER'])).toBe(false);
    expect(canOpen('/unauthorized-changes/7', ['RELEASE_ENGINEER'])).toBe(false);
  });

  it('lets people who work on a change open it from a link', () => {
    expect(canOpen('/changes/CHG-000042', ['RELEASE_ENGINEER'])).toBe(true);
    expect(canOpen('/cab', ['CAB_MEMBER'])).toBe(true);
  });

  it('does not mistake a path that merely starts with the same letters', () => {
    expect(canOpen('/administrivia', ['REQUESTER'])).toBe(true);
  });
});
