import { Stack, Title } from '@mantine/core';

import { EmptyState } from './empty-state';

export function ComingSoon({ title }: { title: string }) {
  return (
    <Stack>
      <Title order={2}>{title}</Title>
      <EmptyState
        title="Coming soon"
        description={`${title} is not built yet. It will appear here.`}
      />
    </Stack>
  );
}
