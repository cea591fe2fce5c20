import type { ReleaseView } from '../api/get-release';

// The end events that mean something went wrong: build or tests failed, a wave's deploy failed,
// its checksums were refused, its verification failed, the gate said no go, and the release's
// own end after a backout. Each records a step when reached, so being visited is being failed.
const FAILURE_ENDS = [
  'build_failed',
  'tests_failed',
  'wave_deploy_failed',
  'checksum_refused',
  'wave_unhealthy',
  'wave_stopped',
  'release_backed_out',
];

/** The diagram's highlights: where the release waits, where it went, and what went wrong. */
export function diagramElements(release: Pick<ReleaseView, 'currentStep' | 'visitedElements'>) {
  return {
    currentElementIds: release.currentStep ? [release.currentStep] : [],
    visitedElementIds: release.visitedElements,
    failedElementIds: release.visitedElements.filter((element) => FAILURE_ENDS.includes(element)),
  };
}
