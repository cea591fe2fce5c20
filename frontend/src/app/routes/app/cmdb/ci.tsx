import { Anchor, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';

import { PageSkeleton } from '@/components/ui/page-skeleton';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';
import { useMe } from '@/features/auth/api/get-me';
import { useCi } from '@/features/cmdb/api/get-ci';
import { CiDetail } from '@/features/cmdb/components/ci-detail';

export function CiRoute() {
  const { key = '' } = useParams();
  const me = useMe();
  const ci = useCi(key);

  if (ci.isError && !ci.data)
    return <ProblemAlert title={`Could not load ${key}`} error={ci.error} />;
  if (!ci.data || !me.data) return <PageSkeleton label="Loading the configuration item" />;
  return (
    <Stack>
      <Anchor component={Link} to={paths.cmdb.getHref()} size="sm">
        ← All items
      </Anchor>
      <CiDetail ci={ci.data} viewer={me.data} />
    </Stack>
  );
}
