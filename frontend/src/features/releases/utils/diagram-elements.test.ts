// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { diagramElements } from './diagram-elements';

describe('diagramElements', () => {
  it('highlights the current step and the path taken', () => {
    expect(
      diagramElements({
        currentStep: 'accept_release',
        visitedElements: ['release_started', 'build_release', 'test_release'],
      }),
    ).toEqual({
      currentElementIds: ['accept_release'],
      visitedElementIds: ['release_started', 'build_release', 'test_release'],
      failedElementIds: [],
    });
  });

  it('marks the wave that failed and the end after the backout', () => {
    const { failedElementIds, currentElementIds } = diagramElements({
      currentStep: null,
      visitedElements: [
        'deploy_wave',
        'verify_wave',
        'verify_finished',
        'wave_unhealthy',
        'back_out',
        'backout_wave',
        'wave_backed_out',
        'release_backed_out',
      ],
    });
    expect(currentElementIds).toEqual([]);
    expect(failedElementIds.sort()).toEqual(['release_backed_out', 'wave_unhealthy']);
  });

  it('marks a failed build', () => {
    expect(
      diagramElements({
        currentStep: null,
        visitedElements: ['build_release', 'build_finished', 'build_failed'],
      }).failedElementIds,
    ).toEqual(['build_failed']);
  });
});
