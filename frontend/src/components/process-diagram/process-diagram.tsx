import { Alert, Box, Button, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { errorMessage } from '@/lib/form-errors';

import type { DiagramViewer } from './bpmn-viewer';
import { getDiagramQueryOptions } from './get-diagram';

export type ProcessDiagramProps = {
  /** The BPMN process id: `change_request`, `release`. */
  processId: string;
  /**
   * The model version the instance runs (its `modelVersion`): an instance started before a newer
   * model was deployed is drawn on its own. Omitted: the version new instances start on.
   */
  modelVersion?: number | null;
  /** Elements the instance waits in now (blue). */
  currentElementIds: string[];
  /** Elements the instance has passed (green). */
  visitedElementIds: string[];
  /** Elements that failed (red). */
  failedElementIds?: string[];
  height?: number;
};

// bpmn-js is a chunk of its own, fetched the first time a diagram is shown.
const loadViewer = () => import('./bpmn-viewer');

const ZOOM_STEP = 1.25;

function diagramLabel(processId: string, currentNames: readonly string[]): string {
  const where =
    currentNames.length > 0 ? `current step: ${currentNames.join(', ')}` : 'no current step';
  return `Process diagram of ${processId}, ${where}`;
}

/** The deployed BPMN model with the current step, the path taken and failures highlighted. */
export function ProcessDiagram({
  processId,
  modelVersion,
  currentElementIds,
  visitedElementIds,
  failedElementIds = [],
  height = 400,
}: ProcessDiagramProps) {
  const diagram = useQuery(getDiagramQueryOptions(processId, modelVersion));
  const xml = diagram.data;
  const container = useRef<HTMLDivElement>(null);
  const [viewer, setViewer] = useState<DiagramViewer>();
  const [renderError, setRenderError] = useState<string>();
  const [currentNames, setCurrentNames] = useState<string[]>(currentElementIds);
  // Until the model is drawn, the ids are all there is.
  const [failedNames, setFailedNames] = useState<string[]>();

  useEffect(() => {
    const target = container.current;
    if (xml === undefined || !target) return undefined;
    let cancelled = false;
    let opened: DiagramViewer | undefined;
    setRenderError(undefined);
    loadViewer()
      .then(({ openDiagram }) => openDiagram(target, xml))
      .then((created) => {
        if (cancelled) created.destroy();
        else {
          opened = created;
          setViewer(created);
        }
      })
      .catch((error: unknown) => {
        if (!cancelled) setRenderError(error instanceof Error ? error.message : String(error));
      });
    return () => {
      cancelled = true;
      opened?.destroy();
      setViewer(undefined);
    };
  }, [xml]);

  // Joined so that new arrays with the same ids (every re-render of the caller) change nothing.
  const current = currentElementIds.join(' ');
  const visited = visitedElementIds.join(' ');
  const failed = failedElementIds.join(' ');
  // Marking happens on bpmn-js's canvas, outside React; the names it reports back are state.
  /* eslint-disable react-hooks/set-state-in-effect */
  useEffect(() => {
    const ids = (joined: string) => (joined ? joined.split(' ') : []);
    if (!viewer) {
      setCurrentNames(ids(current));
      setFailedNames(undefined);
      return;
    }
    setCurrentNames(
      viewer.mark({ current: ids(current), visited: ids(visited), failed: ids(failed) }),
    );
    setFailedNames(viewer.names(ids(failed)));
  }, [viewer, current, visited, failed]);
  /* eslint-enable react-hooks/set-state-in-effect */

  const description = diagramLabel(processId, currentNames);
  const passed = new Set(visitedElementIds).size;
  if (diagram.isError) {
    return (
      <ProblemAlert
        title="Could not load the process diagram"
        message={`${errorMessage(diagram.error)} ${description}.`}
      />
    );
  }

  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="wrap">
        <Legend hasFailures={failedElementIds.length > 0} />
        <Group gap={4} aria-label="Zoom">
          <Button
            variant="default"
            size="compact-sm"
            disabled={!viewer}
            onClick={() => viewer?.zoom(ZOOM_STEP)}
            aria-label="Zoom in"
          >
            +
          </Button>
          <Button
            variant="default"
            size="compact-sm"
            disabled={!viewer}
            onClick={() => viewer?.zoom(1 / ZOOM_STEP)}
            aria-label="Zoom out"
          >
            −
          </Button>
          <Button
            variant="default"
            size="compact-sm"
            disabled={!viewer}
            onClick={() => viewer?.fit()}
          >
            Fit
          </Button>
        </Group>
      </Group>
      <Paper withBorder pos="relative" h={height} style={{ overflow: 'hidden' }}>
        <Box
          ref={container}
          className="cf-process-diagram"
          // A figure, not an image: bpmn-js makes the canvas focusable (keyboard zoom and
          // scroll), and an image may hold nothing interactive.
          role="figure"
          aria-label={description}
          aria-busy={!viewer && !renderError}
          h="100%"
        />
        {!viewer && !renderError && (
          <Skeleton
            pos="absolute"
            inset={0}
            height="100%"
            aria-label="Loading the process diagram"
          />
        )}
      </Paper>
      {renderError && (
        <Alert color="yellow" variant="light" title="The diagram could not be drawn">
          {renderError}
        </Alert>
      )}
      <Text size="sm" c="dimmed" data-testid="diagram-text">
        {currentNames.length > 0 ? `Current step: ${currentNames.join(', ')}` : 'No current step'}
        {passed > 0 && ` · ${passed} step${passed === 1 ? '' : 's'} passed`}
        {failedElementIds.length > 0 &&
          ` · failed at ${(failedNames ?? failedElementIds).join(', ')}`}
        {/* Which model: after an upgrade, older instances keep the version they started on. */}
        {modelVersion != null && ` · model version ${modelVersion}`}
      </Text>
    </Stack>
  );
}

const SWATCHES = [
  { label: 'Current step', color: 'blue' },
  { label: 'Done', color: 'green' },
  { label: 'Failed', color: 'red' },
];

function Legend({ hasFailures }: { hasFailures: boolean }) {
  return (
    <Group gap="md" aria-hidden>
      {SWATCHES.filter((s) => hasFailures || s.color !== 'red').map((swatch) => (
        <Group key={swatch.color} gap={6}>
          <Box
            w={12}
            h={12}
            bg={`${swatch.color}.1`}
            style={{ border: `2px solid var(--mantine-color-${swatch.color}-7)`, borderRadius: 2 }}
          />
          <Text size="xs">{swatch.label}</Text>
        </Group>
      ))}
    </Group>
  );
}
