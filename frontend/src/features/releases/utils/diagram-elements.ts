import type { ReleaseHistoryEntry, ReleaseView } from '../api/get-release';

// End events that mean the release did not go out as planned.
const FAILURE_ENDS = ['build_failed', 'tests_failed', 'release_backed_out'];
const FAILURE_STATES = ['FAILED', 'BACKED_OUT'];
// The server marks the step a failed rollout moves on to (backout, or the end) with this outcome;
// what failed is the last wave step before it.
const ROLLOUT_FAILED = 'rollout_failed';

function failedWaveStep(history: readonly ReleaseHistoryEntry[], index: number) {
  for (let i = index - 1; i >= 0; i -= 1) {
    const entry = history[i];
    if (entry?.wave) return entry.elementId;
  }
  return undefined;
}

/** The diagram's highlights: where the release waits, where it went, and what went wrong. */
export function diagramElements(
  release: Pick<ReleaseView, 'currentStep' | 'visitedElements' | 'history'>,
) {
  const failed = new Set<string>();
  release.history.forEach((entry, index) => {
    if (
      FAILURE_ENDS.includes(entry.elementId) ||
      (entry.state !== null && FAILURE_STATES.includes(entry.state))
    ) {
      failed.add(entry.elementId);
    }
    if (entry.outcome === ROLLOUT_FAILED) {
      const step = failedWaveStep(release.history, index);
      if (step) failed.add(step);
    }
  });
  for (const element of release.visitedElements) {
    if (FAILURE_ENDS.includes(element)) failed.add(element);
  }
  return {
    currentElementIds: release.currentStep ? [release.currentStep] : [],
    visitedElementIds: release.visitedElements,
    failedElementIds: [...failed],
  };
}
