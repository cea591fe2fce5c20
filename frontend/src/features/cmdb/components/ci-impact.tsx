import { Skeleton, Stack, Title } from '@mantine/core';

import { ImpactTable } from '@/components/cmdb/impact-table';
import { ImpactViewGraph } from '@/components/cmdb/impact-view-graph';
import { ImpactSummary } from '@/components/cmdb/impacted-services';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';

import { useCiImpact } from '../api/get-ci';

/** Everything a change to the item reaches: the services and their users, every item, the graph. */
export function CiImpact({ ciKey, name }: { ciKey: string; name: string }) {
  const impact = useCiImpact(ciKey);
  if (impact.isError)
    return <ProblemAlert title="Could not load the impact" error={impact.error} />;
  if (!impact.data) return <Skeleton height={80} aria-label="Loading the impact" />;
  return (
    <Stack>
      <Stack gap={4}>
        <Title order={3} size="h5">
          Impacted services
        </Title>
        <ImpactSummary impact={impact.data} ciHref={paths.ci.getHref} />
      </Stack>
      <ImpactTable impact={impact.data} ciHref={paths.ci.getHref} />
      <ImpactViewGraph impact={impact.data} label={`What a change to ${name} reaches`} />
    </Stack>
  );
}
