import { Skeleton, Stack } from '@mantine/core';

export function InboxSkeleton() {
  return (
    <Stack aria-busy="true" aria-label="Loading your inbox">
      <Skeleton height={32} width="40%" />
      <Skeleton height={20} width="30%" />
      <Skeleton height={140} />
    </Stack>
  );
}
