import { Stack, Title } from '@mantine/core';

import { PageSkeleton } from '@/components/ui/page-skeleton';
import { useMe } from '@/features/auth/api/get-me';
import { ConsistencyPanel } from '@/features/consistency/components/consistency-panel';

/** What keeps the record trustworthy: consistency between records, engine and inbox. */
export function AdminRoute() {
  const me = useMe();
  if (!me.data) return <PageSkeleton label="Loading administration" />;
  return (
    <Stack gap="xl">
      <Title order={2}>Administration</Title>
      <ConsistencyPanel canRepair={me.data.roles.includes('ADMIN')} />
    </Stack>
  );
}
