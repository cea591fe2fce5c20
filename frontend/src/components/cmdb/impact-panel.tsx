import { Skeleton, Stack, Text, Title } from '@mantine/core';

import { ProblemAlert } from '@/components/ui/problem-alert';

import { ImpactTable } from './impact-table';
import { ImpactViewGraph } from './impact-view-graph';
import { ImpactSummary } from './impacted-services';
import { useImpact } from './use-impact';

type ImpactPanelProps = {
  ciKeys: readonly string[];
  ciHref: (key: string) => string;
  /** What the graph shows, for screen readers. */
  label: string;
};

/** The whole impact of a change to `ciKeys`: the services reached, the graph, every item. */
export function ImpactPanel({ ciKeys, ciHref, label }: ImpactPanelProps) {
  const impact = useImpact(ciKeys);
  if (ciKeys.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No configuration item is named, so nothing is impacted.
      </Text>
    );
  }
  if (impact.isError)
    return <ProblemAlert title="Could not load the impact" error={impact.error} />;
  if (!impact.data) return <Skeleton height={80} aria-label="Loading the impact" />;
  return (
    <Stack>
      <Stack gap={4}>
        <Title order={3} size="h5">
          Impacted services
        </Title>
        <ImpactSummary impact={impact.data} ciHref={ciHref} />
      </Stack>
      <ImpactViewGraph impact={impact.data} label={label} />
      <ImpactTable impact={impact.data} ciHref={ciHref} />
    </Stack>
  );
}
