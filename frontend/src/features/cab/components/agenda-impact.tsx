import { Button, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';

import { getChangesByKey } from '@/api/generated/sdk.gen';
import { ImpactedServices } from '@/components/cmdb/impacted-services';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';

function LoadedImpact({ changeKey }: { changeKey: string }) {
  const change = useQuery({
    queryKey: ['changes', 'detail', changeKey],
    queryFn: async ({ signal }) =>
      (await getChangesByKey({ path: { key: changeKey }, signal })).data,
  });
  if (change.isError)
    return <ProblemAlert title={`Could not load ${changeKey}`} error={change.error} />;
  if (!change.data) return null;
  return <ImpactedServices ciKeys={change.data.affectedCis} ciHref={paths.ci.getHref} />;
}

/** The business services a change on the agenda reaches, asked for only when a member opens it. */
export function AgendaImpact({ changeKey }: { changeKey: string }) {
  const [opened, { toggle }] = useDisclosure(false);
  return (
    <Stack gap="xs" align="flex-start">
      <Button variant="subtle" size="compact-sm" onClick={toggle} aria-expanded={opened}>
        {opened ? 'Hide impacted services' : 'Show impacted services'}
      </Button>
      {opened && <LoadedImpact changeKey={changeKey} />}
    </Stack>
  );
}
