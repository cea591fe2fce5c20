// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { canCreateChange, changeActions, informationRequest } from './change-actions';
import type { ChangeState } from './vocabulary';

const ann = { username: 'ann', roles: ['REQUESTER'] as const };
const carla = { username: 'carla', roles: ['CHANGE_MANAGER'] as const };
const cab = { username: 'cab1', roles: ['CAB_MEMBER'] as const };
const change = (state: ChangeState) => ({ state, requester: 'ann' });

describe('canCreateChange', () => {
  it('lets requesters and change managers raise RFCs', () => {
    expect(canCreateChange(['REQUESTER'])).toBe(true);
    expect(canCreateChange(['CHANGE_MANAGER', 'AUDITOR'])).toBe(true);
    expect(canCreateChange(['CAB_MEMBER', 'AUDITOR'])).toBe(false);
  });
});

describe('changeActions', () => {
  it('lets the requester edit, submit and withdraw a draft', () => {
    expect(changeActions(change('DRAFT'), ann)).toEqual({
      edit: true,
      submit: true,
      withdraw: true,
    });
    expect(changeActions(change('INFO_REQUESTED'), ann)).toEqual({
      edit: true,
      submit: true,
      withdraw: true,
    });
  });

  it('lets nobody else edit it, but a change manager may withdraw it', () => {
    expect(changeActions(change('DRAFT'), carla)).toEqual({
      edit: false,
      submit: false,
      withdraw: true,
    });
    expect(changeActions(change('AWAITING_CAB'), cab)).toEqual({
      edit: false,
      submit: false,
      withdraw: false,
    });
  });

  it('allows withdrawing only while open and before the release', () => {
    expect(changeActions(change('SCHEDULE_CONFLICT'), ann).withdraw).toBe(true);
    expect(changeActions(change('AWAITING_CAB'), ann)).toEqual({
      edit: false,
      submit: false,
      withdraw: true,
    });
    for (const state of [
      'READY_FOR_RELEASE',
      'IN_PIR',
      'CLOSED',
      'REJECTED',
      'WITHDRAWN',
    ] as const) {
      expect(changeActions(change(state), carla).withdraw).toBe(false);
    }
  });

  it('lets the requester revise an approved change that is not implemented yet, without a submit', () => {
    for (const state of ['SCHEDULING', 'SCHEDULE_CONFLICT', 'READY_FOR_RELEASE'] as const) {
      expect(changeActions(change(state), ann).edit).toBe(true);
      expect(changeActions(change(state), ann).submit).toBe(false);
      expect(changeActions(change(state), carla).edit).toBe(false);
    }
    expect(changeActions(change('IN_PIR'), ann).edit).toBe(false);
  });
});

describe('informationRequest', () => {
  it('finds the question of the latest request for information', () => {
    const history = [
      { state: 'INFO_REQUESTED' as const, detail: 'Which database?' },
      { state: 'IN_REVIEW' as const, detail: null },
      { state: 'INFO_REQUESTED' as const, detail: 'Which maintenance window?' },
      { state: null, detail: 'note' },
    ];
    expect(informationRequest(history)).toBe('Which maintenance window?');
    expect(informationRequest([])).toBeNull();
  });
});
