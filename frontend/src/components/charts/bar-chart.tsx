import { Box, Group, Table, Text } from '@mantine/core';
import { useId } from 'react';

export type ChartSeries = {
  name: string;
  /** One value per label; null where there is nothing to show (drawn as no bar). */
  values: readonly (number | null)[];
  color: string;
};

type BarChartProps = {
  title: string;
  /** The x axis: one label per value of each series (e.g. months). */
  labels: readonly string[];
  series: readonly ChartSeries[];
  /** How a value reads in the summary, the table and the bar's tooltip ("50%", "3.5 h"). */
  format: (value: number) => string;
  /** The top of the scale; defaults to the largest value. */
  max?: number;
};

const WIDTH = 600;
const HEIGHT = 160;
const AXIS = 18;

/** "Changes implemented: highest 4 in 2026-03, latest 2 (2026-06)." */
function describeSeries(
  series: ChartSeries,
  labels: readonly string[],
  format: (value: number) => string,
): string {
  const known = series.values
    .map((value, i) => ({ value, label: labels[i] }))
    .filter(
      (point): point is { value: number; label: string } =>
        point.value !== null && point.label !== undefined,
    );
  const latest = known.at(-1);
  if (latest === undefined) return `${series.name}: no data.`;
  const highest = known.reduce((top, point) => (point.value > top.value ? point : top));
  return `${series.name}: highest ${format(highest.value)} in ${highest.label}, latest ${format(latest.value)} (${latest.label}).`;
}

/** The sentence a screen reader hears for the chart: what it shows and its extremes. */
export function chartSummary(
  title: string,
  labels: readonly string[],
  series: readonly ChartSeries[],
  format: (value: number) => string,
): string {
  const span =
    labels.length === 0
      ? 'no months'
      : labels.length === 1
        ? labels[0]
        : `${labels[0]} to ${labels[labels.length - 1]}`;
  return [`${title}, ${span}.`, ...series.map((s) => describeSeries(s, labels, format))].join(' ');
}

/**
 * A small grouped bar chart in plain SVG, one group per label. The SVG is one image with a
 * summary for screen readers; the exact numbers follow in a table under a disclosure, so
 * nobody has to read values off bar heights.
 */
export function BarChart({ title, labels, series, format, max }: BarChartProps) {
  const titleId = useId();
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const top = max ?? Math.max(0, ...values);
  const scale = top > 0 ? (HEIGHT - AXIS) / top : 0;
  const groupWidth = labels.length > 0 ? WIDTH / labels.length : WIDTH;
  const barWidth = Math.max(2, (groupWidth * 0.8) / Math.max(1, series.length));
  const labelEvery = Math.ceil(labels.length / 12);
  const summary = chartSummary(title, labels, series, format);

  return (
    <Box component="figure" m={0} aria-labelledby={titleId}>
      <Text id={titleId} component="figcaption" fw={600} size="sm" mb={4}>
        {title}
      </Text>
      {series.length > 1 && (
        <Group gap="md" mb={4} aria-hidden="true">
          {series.map((s) => (
            <Group key={s.name} gap={4}>
              <Box w={10} h={10} bg={s.color} style={{ borderRadius: 2 }} />
              <Text size="xs">{s.name}</Text>
            </Group>
          ))}
        </Group>
      )}
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        style={{ display: 'block', maxHeight: HEIGHT }}
        preserveAspectRatio="none"
      >
        <line
          x1={0}
          y1={HEIGHT - AXIS}
          x2={WIDTH}
          y2={HEIGHT - AXIS}
          style={{ stroke: 'var(--mantine-color-gray-5)' }}
        />
        {labels.map((label, i) => (
          <g key={label}>
            {series.map((s, j) => {
              const value = s.values[i];
              if (value === null || value === undefined) return null;
              const height = value * scale;
              return (
                <rect
                  key={s.name}
                  x={i * groupWidth + groupWidth * 0.1 + j * barWidth}
                  y={HEIGHT - AXIS - height}
                  width={barWidth}
                  height={height}
                  style={{ fill: s.color }}
                >
                  <title>{`${s.name}, ${label}: ${format(value)}`}</title>
                </rect>
              );
            })}
            {i % labelEvery === 0 && (
              <text
                x={i * groupWidth + groupWidth / 2}
                y={HEIGHT - 4}
                textAnchor="middle"
                fontSize={11}
                fill="currentColor"
              >
                {label}
              </text>
            )}
          </g>
        ))}
      </svg>
      <details>
        <summary>
          <Text component="span" size="xs">
            Numbers for {title.toLowerCase()}
          </Text>
        </summary>
        <Table fz="xs" withTableBorder mt={4} aria-label={`${title} by month`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Month</Table.Th>
              {series.map((s) => (
                <Table.Th key={s.name} scope="col">
                  {s.name}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {labels.map((label, i) => (
              <Table.Tr key={label}>
                <Table.Th scope="row" fw={400}>
                  {label}
                </Table.Th>
                {series.map((s) => {
                  const value = s.values[i];
                  return (
                    <Table.Td key={s.name}>
                      {value === null || value === undefined ? '—' : format(value)}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </details>
    </Box>
  );
}
