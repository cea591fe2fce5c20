import { Anchor, Center } from '@mantine/core';
import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { paths } from '@/config/paths';

export function NotFoundRoute() {
  return (
    <Center mih="100vh" p="md">
      <EmptyState
        title="Page not found"
        description="There is nothing at this address."
        action={
          <Anchor component={Link} to={paths.inbox.getHref()}>
            Go to your inbox
          </Anchor>
        }
      />
    </Center>
  );
}
