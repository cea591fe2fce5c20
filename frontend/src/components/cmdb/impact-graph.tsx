import { Box, Text } from '@mantine/core';

import { ciTypeLabel, relationLabel } from './ci-vocabulary';
import {
  layoutGraph,
  NODE_HEIGHT,
  NODE_WIDTH,
  type GraphEdge,
  type GraphNode,
} from './graph-layout';

type ImpactGraphProps = {
  /** What the picture shows, for screen readers: "Relations of checkout-api". */
  label: string;
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  /** Keys drawn emphasised (the items changed, the item whose page this is). */
  highlighted?: readonly string[];
};

const EDGE_COLOR = 'var(--mantine-color-gray-6)';

/**
 * Items as boxes in columns by layer (depth), relations as arrows "source → target" labelled
 * with their type. Drawn by hand in SVG: the graphs are small and need no layout library.
 */
export function ImpactGraph({ label, nodes, edges, highlighted = [] }: ImpactGraphProps) {
  if (nodes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nothing to draw.
      </Text>
    );
  }
  const layout = layoutGraph(nodes, edges);
  return (
    <Box style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={label}>
      <svg
        role="img"
        aria-label={label}
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        style={{ fontFamily: 'var(--mantine-font-family)', display: 'block' }}
      >
        <defs>
          <marker
            id="impact-arrow"
            viewBox="0 0 10 10"
            refX="10"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" fill={EDGE_COLOR} />
          </marker>
        </defs>
        {layout.edges.map((edge) => (
          <g key={`${edge.source}-${edge.type}-${edge.target}`} data-testid="graph-edge">
            <path
              d={edge.path}
              fill="none"
              stroke={EDGE_COLOR}
              strokeWidth={1.2}
              markerEnd="url(#impact-arrow)"
            />
            <text
              x={edge.labelX}
              y={edge.labelY}
              textAnchor="middle"
              fontSize={11}
              fill={EDGE_COLOR}
            >
              {relationLabel(edge.type)}
            </text>
          </g>
        ))}
        {layout.nodes.map((node) => {
          const strong = highlighted.includes(node.key);
          return (
            <g
              key={node.key}
              data-testid="graph-node"
              transform={`translate(${node.x}, ${node.y})`}
            >
              <title>{`${node.name} (${ciTypeLabel(node.type)}, ${node.key})`}</title>
              <rect
                width={NODE_WIDTH}
                height={NODE_HEIGHT}
                rx={6}
                fill={strong ? 'var(--mantine-color-blue-light)' : 'var(--mantine-color-body)'}
                stroke={strong ? 'var(--mantine-color-blue-filled)' : 'var(--mantine-color-gray-5)'}
                strokeWidth={strong ? 2 : 1}
              />
              <text x={10} y={19} fontSize={13} fontWeight={600} fill="var(--mantine-color-text)">
                {truncate(node.name, 22)}
              </text>
              <text x={10} y={36} fontSize={11} fill="var(--mantine-color-dimmed)">
                {ciTypeLabel(node.type)}
              </text>
            </g>
          );
        })}
      </svg>
    </Box>
  );
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
