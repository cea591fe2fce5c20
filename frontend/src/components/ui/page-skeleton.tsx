import { Skeleton, Stack } from '@mantine/core';

export function PageSkeleton({ label = 'Loading the page' }: { label?: string }) {
  return (
    <Stack aria-busy="true" aria-label={label}>
      <Skeleton height={32} width="40%" />
      <Skeleton height={20} width="60%" />
      <Skeleton height={180} />
    </Stack>
  );
}
