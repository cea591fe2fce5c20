// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { diagramElements } from './diagram-elements';

const entry = (elementId: string, more: Record<string, string | null> = {}) => ({
  at: '2026-11-28T21:00:00Z',
  elementId,
  stepName: elementId,
  state: null,
  actor: null,
  outcome: null,
  detail: null,
  wave: null,
  ...more,
});

describe('diagramElements', () => {
  it('highlights the current step and the path taken', () => {
    expect(
      diagramElements({
        currentStep: 'accept_release',
        visitedElements: ['release_started', 'build_release', 'test_release'],
        history: [entry('build_release'), entry('test_release')],
      }),
    ).toEqual({
      currentElementIds: ['accept_release'],
      visitedElementIds: ['release_started', 'build_release', 'test_release'],
      failedElementIds: [],
    });
  });

  it('marks the wave step a rollout failed at and the failure end', () => {
    const { failedElementIds, currentElementIds } = diagramElements({
      currentStep: null,
      visitedElements: [
        'deploy_wave',
        'verify_wave',
        'verify_finished',
        'back_out',
        'release_backed_out',
      ],
      history: [
        entry('deploy_wave', { wave: 'canary' }),
        entry('verify_wave', { wave: 'canary' }),
        entry('verify_finished', { wave: 'canary' }),
        entry('back_out', { state: 'BACKING_OUT', outcome: 'rollout_failed' }),
        entry('backout_wave', { wave: 'canary' }),
        entry('release_backed_out', { state: 'BACKED_OUT' }),
      ],
    });
    expect(currentElementIds).toEqual([]);
    expect(failedElementIds.sort()).toEqual(['release_backed_out', 'verify_finished']);
  });

  it('marks a failed build', () => {
    expect(
      diagramElements({
        currentStep: null,
        visitedElements: ['build_release', 'build_finished', 'build_failed'],
        history: [entry('build_release'), entry('build_failed', { state: 'FAILED' })],
      }).failedElementIds,
    ).toEqual(['build_failed']);
  });
});
