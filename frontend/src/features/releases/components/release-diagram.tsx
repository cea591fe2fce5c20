import { Card, Title } from '@mantine/core';

import type { ReleaseView } from '../api/get-release';
import { diagramElements } from '../utils/diagram-elements';

import { ProcessDiagram } from './process-diagram-stub';

/** The release process with the current step, the path taken and what failed highlighted. */
export function ReleaseDiagram({ release }: { release: ReleaseView }) {
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="sm">
        Process
      </Title>
      <ProcessDiagram processId="release" height={360} {...diagramElements(release)} />
    </Card>
  );
}
