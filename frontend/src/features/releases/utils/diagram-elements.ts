import type { ReleaseView } from '../api/get-release';

// End events that mean the release did not go out as planned.
const FAILURE_ENDS = ['build_failed', 'tests_failed', 'release_backed_out'];
const FAILURE_STATES = ['FAILED', 'BACKED_OUT'];

/** The diagram's highlights: where the release waits, where it went, and what went wrong. */
export function diagramElements(release: Pick<ReleaseView, 'currentStep' | 'visitedElements' | 'history'>) {
  const failed = new Set<string>();
  for (const entry of release.history) {
    const outcome = entry.outcome?.toUpperCase() ?? '';
    if (
      FAILURE_ENDS.includes(entry.elementId) ||
      (entry.state !== null && FAILURE_STATES.includes(entry.state)) ||
      outcome === 'FAILED' ||
      outcome === 'BACKED_OUT'
    ) {
      failed.add(entry.elementId);
    }
  }
  for (const element of release.visitedElements) {
    if (FAILURE_ENDS.includes(element)) failed.add(element);
  }
  return {
    currentElementIds: release.currentStep ? [release.currentStep] : [],
    visitedElementIds: release.visitedElements,
    failedElementIds: [...failed],
  };
}
