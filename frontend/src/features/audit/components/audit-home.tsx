import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { paths } from '@/config/paths';

/** The auditor's workspace: what it offers, one card each. Read-only, like the auditor. */
export function AuditHome() {
  return (
    <Stack>
      <Stack gap={0}>
        <Title order={2}>Audit</Title>
        <Text size="sm" c="dimmed">
          What changed, when, who approved it and what the process did. Nothing here changes
          anything.
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Anchor component={Link} to={paths.auditWhatChanged.getHref()} fw={600}>
            What changed?
          </Anchor>
          <Text size="sm" c="dimmed" mt={4}>
            Every change and release implemented, backed out or failed in a period, with the
            configuration items it touched, who approved it and how it ended. Download as CSV.
          </Text>
        </Card>
        <Card withBorder>
          <Anchor component={Link} to={paths.auditEvents.getHref()} fw={600}>
            Audit events
          </Anchor>
          <Text size="sm" c="dimmed" mt={4}>
            Every recorded event by subject, configuration item, person, action and period, from the
            tamper-evident log. Verify the hash chain, download CSV or an evidence ZIP.
          </Text>
        </Card>
        <Card withBorder>
          <Anchor component={Link} to={paths.changes.getHref()} fw={600}>
            Changes
          </Anchor>
          <Text size="sm" c="dimmed" mt={4}>
            Filter by a period of submission, planned start or implementation, sort, and download
            the list as CSV.
          </Text>
        </Card>
        <Card withBorder>
          <Anchor component={Link} to={paths.releases.getHref()} fw={600}>
            Releases
          </Anchor>
          <Text size="sm" c="dimmed" mt={4}>
            Filter by when they were created or rolled out, and download the list as CSV.
          </Text>
        </Card>
        <Card withBorder>
          <Anchor component={Link} to={paths.unauthorizedChanges.getHref()} fw={600}>
            Unauthorized changes
          </Anchor>
          <Text size="sm" c="dimmed" mt={4}>
            Changes discovery saw on configuration items that no approved change or release covered,
            and how each was resolved: linked to an emergency change, accepted or rolled back.
          </Text>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
