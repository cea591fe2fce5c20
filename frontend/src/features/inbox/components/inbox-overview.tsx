import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type InboxOverviewProps = {
  displayName: string;
  roleLabels: string[];
  /** What waits for the user: the task lists. */
  children: ReactNode;
};

export function InboxOverview({ displayName, roleLabels, children }: InboxOverviewProps) {
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
      {children}
    </Stack>
  );
}
