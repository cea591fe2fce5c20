/** Element ids to highlight: where the instance waits, where it has been, where it failed. */
export type DiagramMarks = { current: string[]; visited: string[]; failed: string[] };

export type MarkedElement = { id: string; marker: string };

export type Connection = { id: string; source: string; target: string };

export const MARKERS = {
  current: 'cf-current',
  visited: 'cf-visited',
  failed: 'cf-failed',
} as const;

/**
 * One marker per element: current wins over failed, failed over visited, so an element the
 * instance came back to shows where it stands now. A sequence flow counts as taken when it leads
 * from a visited element to a visited or current one, which draws the path in green.
 */
export function markersFor(
  marks: DiagramMarks,
  connections: readonly Connection[] = [],
): MarkedElement[] {
  const current = new Set(marks.current);
  const failed = new Set(marks.failed.filter((id) => !current.has(id)));
  const visited = new Set(marks.visited.filter((id) => !current.has(id) && !failed.has(id)));
  const reached = (id: string) => visited.has(id) || current.has(id) || failed.has(id);
  const taken = connections.filter(
    (c) => (visited.has(c.source) || failed.has(c.source)) && reached(c.target),
  );
  return [
    ...[...current].map((id) => ({ id, marker: MARKERS.current })),
    ...[...failed].map((id) => ({ id, marker: MARKERS.failed })),
    ...[...visited].map((id) => ({ id, marker: MARKERS.visited })),
    ...taken.map(({ id }) => ({ id, marker: MARKERS.visited })),
  ];
}
