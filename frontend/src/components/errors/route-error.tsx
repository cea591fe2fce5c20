import { Button, Center } from '@mantine/core';

import { EmptyState } from '../ui/empty-state';

export function RouteError() {
  return (
    <Center mih="100vh" p="md">
      <EmptyState
        title="Something went wrong"
        description="Changeflow could not load this page. Reload to try again."
        action={<Button onClick={() => window.location.reload()}>Reload</Button>}
      />
    </Center>
  );
}
