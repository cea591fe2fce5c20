// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { isReleaseTask, kindLabel } from './task-kinds';

describe('task kinds', () => {
  it('tell release tasks by their kind or, for kinds not known yet, by the release key', () => {
    expect(isReleaseTask({ kind: 'GO_NO_GO', changeKey: 'REL-2026.11-1' })).toBe(true);
    expect(isReleaseTask({ kind: 'ACCEPT_RELEASE', changeKey: '' })).toBe(true);
    expect(isReleaseTask({ kind: 'SIGN_OFF_RELEASE', changeKey: 'REL-2026.11-1' })).toBe(true);
    expect(isReleaseTask({ kind: 'CAB_VOTE', changeKey: 'CHG-000042' })).toBe(false);
    expect(isReleaseTask({ kind: 'READY_FOR_RELEASE', changeKey: 'CHG-000042' })).toBe(false);
  });

  it('name the release tasks as a release engineer would', () => {
    expect(
      ['ACCEPT_RELEASE', 'REVIEW_ROLLOUT_PLAN', 'START_ROLLOUT', 'GO_NO_GO'].map(kindLabel),
    ).toEqual(['Accept release', 'Review rollout plan', 'Start rollout', 'Go / no-go']);
  });
});
