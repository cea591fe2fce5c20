import { Text } from '@mantine/core';

// TEMPORARY: stands in for the shared ProcessDiagram (src/components/process-diagram) until the
// branch that builds it is merged; same props.
export type ProcessDiagramProps = {
  processId: string;
  currentElementIds: string[];
  visitedElementIds: string[];
  failedElementIds?: string[];
  height?: number;
};

export function ProcessDiagram({ processId, currentElementIds }: ProcessDiagramProps) {
  return (
    <Text size="sm" c="dimmed" aria-label={`Process diagram of ${processId}`}>
      Process diagram{currentElementIds.length > 0 && ` — now at ${currentElementIds.join(', ')}`}
    </Text>
  );
}
