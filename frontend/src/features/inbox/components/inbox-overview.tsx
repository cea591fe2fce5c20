import { Badge, Group, Stack, Text, Title } from '@mantine/core';

import { EmptyState } from '@/components/ui/empty-state';

type InboxOverviewProps = {
  displayName: string;
  roleLabels: string[];
};

export function InboxOverview({ displayName, roleLabels }: InboxOverviewProps) {
  return (
    <Stack>
      <Title order={2}>Hello, {displayName}</Title>
      <Group gap="xs" aria-label="Your roles">
        <Text size="sm" c="dimmed">
          Signed in as
        </Text>
        {roleLabels.length > 0 ? (
          roleLabels.map((label) => (
            <Badge key={label} variant="light">
              {label}
            </Badge>
          ))
        ) : (
          <Text size="sm">a user without roles</Text>
        )}
      </Group>
      <EmptyState
        title="Nothing waits for you"
        description="Approvals, reviews and tasks assigned to you will show up here."
      />
    </Stack>
  );
}
