/** An item in the graph; `layer` is its column (the depth of an impact, left to right). */
export type GraphNode = { key: string; name: string; type: string; layer: number };

/** "source TYPE target": the source depends on the target. */
export type GraphEdge = { source: string; type: string; target: string };

export const NODE_WIDTH = 190;
export const NODE_HEIGHT = 46;
const COLUMN_GAP = 130;
const ROW_GAP = 26;
const MARGIN = 16;

export type PlacedNode = GraphNode & { x: number; y: number };
export type PlacedEdge = GraphEdge & { path: string; labelX: number; labelY: number };

/**
 * Places nodes in columns by layer (the lowest layer leftmost) and rows by the order given, and
 * routes each edge between the facing sides of its ends; an edge inside one column bends out to
 * its right. Edges whose ends are not both drawn are left out.
 */
export function layoutGraph(nodes: readonly GraphNode[], edges: readonly GraphEdge[]) {
  const layers = [...new Set(nodes.map((node) => node.layer))].sort((a, b) => a - b);
  const rows = new Map<number, number>();
  const placed = new Map<string, PlacedNode>();
  for (const node of nodes) {
    if (placed.has(node.key)) continue;
    const column = layers.indexOf(node.layer);
    const row = rows.get(node.layer) ?? 0;
    rows.set(node.layer, row + 1);
    placed.set(node.key, {
      ...node,
      x: MARGIN + column * (NODE_WIDTH + COLUMN_GAP),
      y: MARGIN + row * (NODE_HEIGHT + ROW_GAP),
    });
  }
  const tallest = Math.max(...rows.values());
  const routed = edges.flatMap((edge): PlacedEdge[] => {
    const from = placed.get(edge.source);
    const to = placed.get(edge.target);
    if (!from || !to || from === to) return [];
    return [{ ...edge, ...route(from, to) }];
  });
  return {
    nodes: [...placed.values()],
    edges: routed,
    width: MARGIN * 2 + layers.length * NODE_WIDTH + (layers.length - 1) * COLUMN_GAP + 60,
    height: MARGIN * 2 + tallest * NODE_HEIGHT + (tallest - 1) * ROW_GAP,
  };
}

function route(from: PlacedNode, to: PlacedNode) {
  const fromY = from.y + NODE_HEIGHT / 2;
  const toY = to.y + NODE_HEIGHT / 2;
  if (from.x === to.x) {
    const x = from.x + NODE_WIDTH;
    const bend = x + 50;
    return {
      path: `M ${x} ${fromY} C ${bend} ${fromY}, ${bend} ${toY}, ${x} ${toY}`,
      labelX: bend - 4,
      labelY: (fromY + toY) / 2 + 4,
    };
  }
  const rightwards = to.x > from.x;
  const x1 = rightwards ? from.x + NODE_WIDTH : from.x;
  const x2 = rightwards ? to.x : to.x + NODE_WIDTH;
  return {
    path: `M ${x1} ${fromY} L ${x2} ${toY}`,
    labelX: (x1 + x2) / 2,
    labelY: (fromY + toY) / 2 - 5,
  };
}
