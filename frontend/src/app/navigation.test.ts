import { describe, expect, it } from 'vitest';

import type { Role } from '@/lib/roles';

import { canOpen, navigationFor } from './navigation';

const labels = (roles: Role[]) => navigationFor(roles).map((item) => item.label);

describe('navigationFor', () => {
  it('gives everyone the inbox and the CMDB', () => {
    expect(labels([])).toEqual(['Inbox', 'CMDB']);
  });

  it.each<[Role, string[]]>([
    ['REQUESTER', ['Inbox', 'Changes', 'CMDB']],
    ['CHANGE_MANAGER', ['Inbox', 'Changes', 'CAB agenda', 'Releases', 'CMDB']],
    ['CAB_MEMBER', ['Inbox', 'Changes', 'CMDB']],
    ['ECAB_MEMBER', ['Inbox', 'Changes', 'CMDB']],
    ['RELEASE_ENGINEER', ['Inbox', 'Releases', 'CMDB']],
    ['AUDITOR', ['Inbox', 'Changes', 'Releases', 'CMDB', 'Audit']],
    ['ADMIN', ['Inbox', 'Changes', 'Releases', 'CMDB', 'Audit', 'Admin']],
  ])('shows the pages a %s works with', (role, expected) => {
    expect(labels([role])).toEqual(expected);
  });

  it('merges several roles in menu order without duplicates', () => {
    expect(labels(['RELEASE_ENGINEER', 'REQUESTER', 'AUDITOR'])).toEqual([
      'Inbox',
      'Changes',
      'Releases',
      'CMDB',
      'Audit',
    ]);
  });

  it('links each item to its route', () => {
    expect(navigationFor(['CHANGE_MANAGER'])).toContainEqual({ label: 'CAB agenda', path: '/cab' });
  });
});

describe('canOpen', () => {
  it('lets a role open the pages in its navigation, sub-pages included', () => {
    expect(canOpen('/admin', ['ADMIN'])).toBe(true);
    expect(canOpen('/changes/42', ['REQUESTER'])).toBe(true);
  });

  it('keeps a role out of pages missing from its navigation', () => {
    expect(canOpen('/admin', ['CHANGE_MANAGER'])).toBe(false);
    expect(canOpen('/cab', ['ADMIN'])).toBe(false);
    expect(canOpen('/audit', ['REQUESTER'])).toBe(false);
  });

  it('does not mistake a path that merely starts with the same letters', () => {
    expect(canOpen('/administrivia', ['REQUESTER'])).toBe(true);
  });
});
