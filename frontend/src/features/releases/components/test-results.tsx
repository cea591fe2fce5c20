import { Badge, Group, Progress, Stack, Text } from '@mantine/core';

import type { ReleaseView } from '../api/get-release';

/** How the release's tests went: passed and failed counts. */
export function TestResults({ results }: { results: ReleaseView['testResults'] }) {
  if (!results) {
    return (
      <Text size="sm" c="dimmed">
        No test results yet.
      </Text>
    );
  }
  const total = results.passed + results.failed;
  const passedShare = total === 0 ? 0 : (results.passed / total) * 100;
  return (
    <Stack gap="xs" aria-label="Test results">
      <Group gap="xs">
        <Badge color="green" variant="light">{`${results.passed} passed`}</Badge>
        <Badge color={results.failed > 0 ? 'red' : 'gray'} variant="light">
          {`${results.failed} failed`}
        </Badge>
      </Group>
      {total > 0 && (
        // Each section is a progressbar of its own and needs its own name; the root is a group.
        <Progress.Root
          size="lg"
          role="group"
          aria-label={`${results.passed} of ${total} tests passed`}
        >
          <Progress.Section value={passedShare} color="green" aria-label="Passed" />
          <Progress.Section value={100 - passedShare} color="red" aria-label="Failed" />
        </Progress.Root>
      )}
    </Stack>
  );
}
