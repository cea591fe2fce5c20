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

  it('marks failed and backed-out steps and failure ends', () => {
    const { failedElementIds, currentElementIds } = diagramElements({
      currentStep: null,
      visitedElements: ['deploy_wave', 'back_out', 'release_backed_out'],
      history: [
        entry('deploy_finished', { outcome: 'FAILED' }),
        entry('back_out', { state: 'BACKING_OUT' }),
        entry('release_backed_out', { state: 'BACKED_OUT' }),
      ],
    });
    expect(currentElementIds).toEqual([]);
    expect(failedElementIds.sort()).toEqual(['deploy_finished', 'release_backed_out']);
  });
});
