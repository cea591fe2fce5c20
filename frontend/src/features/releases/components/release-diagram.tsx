import { ProcessDiagram } from '@/components/process-diagram/process-diagram';

import type { ReleaseView } from '../api/get-release';
import { diagramElements } from '../utils/diagram-elements';

/** The BPMN process every release runs through. */
const RELEASE_PROCESS_ID = 'release';

/** The release process with the current step, the path taken and what failed highlighted. */
export function ReleaseDiagram({ release }: { release: ReleaseView }) {
  // The release refetches while it runs and on live events, which moves the markers.
  return (
    <ProcessDiagram
      processId={RELEASE_PROCESS_ID}
      modelVersion={release.modelVersion}
      height={420}
      {...diagramElements(release)}
    />
  );
}
