/** Element ids to highlight: where the instance waits, where it has been, where it failed. */
export type DiagramMarks = { current: string[]; visited: string[]; failed: string[] };

export type MarkedElement = { id: string; marker: string };

export type Connection = { id: string; source: string; target: string };

/** A flow node of the model: its BPMN type, and for a boundary event the task it sits on. */
export type DiagramNode = { id: string; type: string; host?: string };

export const MARKERS = {
  current: 'cf-current',
  visited: 'cf-visited',
  failed: 'cf-failed',
} as const;

/**
 * Elements the instance passes without recording a step (the backend records tasks, service
 * steps and end events): gateways, decisions, start events, boundary timers and errors. They are
 * inferred from the recorded steps around them.
 */
const SILENT =
  /^bpmn:(StartEvent|\w*Gateway|BusinessRuleTask|ServiceTask|BoundaryEvent|Intermediate\w*Event)$/;

/**
 * The path taken: walking back from every reached element over flows whose source was reached,
 * or is a silent element that itself leads back to the path (a start event begins one; a boundary
 * event continues its task's). Returns the silent elements passed and the flows taken.
 */
function pathTaken(
  reached: ReadonlySet<string>,
  connections: readonly Connection[],
  nodes: readonly DiagramNode[],
) {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const incoming = new Map<string, Connection[]>();
  for (const c of connections) incoming.set(c.target, [...(incoming.get(c.target) ?? []), c]);
  const leads = new Map<string, boolean>();
  const leadsBack = (id: string): boolean => {
    if (reached.has(id)) return true;
    const node = byId.get(id);
    if (!node || !SILENT.test(node.type)) return false;
    const known = leads.get(id);
    if (known !== undefined) return known;
    leads.set(id, false); // a loop of silent elements leads nowhere by itself
    const result =
      node.type === 'bpmn:StartEvent' ||
      (node.host !== undefined && leadsBack(node.host)) ||
      (incoming.get(id) ?? []).some((c) => leadsBack(c.source));
    leads.set(id, result);
    return result;
  };
  const silent = new Set<string>();
  const flows = new Set<string>();
  const stack = [...reached];
  while (stack.length > 0) {
    const id = stack.pop()!;
    for (const c of incoming.get(id) ?? []) {
      if (!leadsBack(c.source)) continue;
      flows.add(c.id);
      if (!reached.has(c.source) && !silent.has(c.source)) {
        silent.add(c.source);
        stack.push(c.source);
      }
    }
  }
  return { silent, flows };
}

/**
 * One marker per element: current wins over failed, failed over visited, so an element the
 * instance came back to shows where it stands now. The path in between is drawn too: the
 * gateways, decisions and events passed on the way, and every flow taken.
 */
export function markersFor(
  marks: DiagramMarks,
  connections: readonly Connection[] = [],
  nodes: readonly DiagramNode[] = [],
): MarkedElement[] {
  const current = new Set(marks.current);
  const failed = new Set(marks.failed.filter((id) => !current.has(id)));
  const visited = new Set(marks.visited.filter((id) => !current.has(id) && !failed.has(id)));
  const reached = new Set([...visited, ...current, ...failed]);
  const { silent, flows } = pathTaken(reached, connections, nodes);
  // Flows leave from where the instance has been, never from where it waits now.
  const taken = connections.filter((c) => flows.has(c.id) && !current.has(c.source));
  return [
    ...[...current].map((id) => ({ id, marker: MARKERS.current })),
    ...[...failed].map((id) => ({ id, marker: MARKERS.failed })),
    ...[...visited].map((id) => ({ id, marker: MARKERS.visited })),
    ...[...silent].map((id) => ({ id, marker: MARKERS.visited })),
    ...taken.map(({ id }) => ({ id, marker: MARKERS.visited })),
  ];
}
