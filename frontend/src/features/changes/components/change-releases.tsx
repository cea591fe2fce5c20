import { Alert, Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { paths } from '@/config/paths';

import type { ChangeView } from '../api/get-change';

type ReleaseRef = ChangeView['releases'][number];

const STATE_WORDS: Record<string, { label: string; color: string }> = {
  CLOSED: { label: 'Rolled out', color: 'teal' },
  BACKED_OUT: { label: 'Backed out', color: 'red' },
  BACKING_OUT: { label: 'Backing out', color: 'orange' },
  FAILED: { label: 'Failed', color: 'red' },
  REJECTED: { label: 'Rejected', color: 'gray' },
};

function stateOf(release: ReleaseRef) {
  const known = STATE_WORDS[release.state];
  if (known) return known;
  const words = release.state.toLowerCase().replaceAll('_', ' ');
  return { label: words.charAt(0).toUpperCase() + words.slice(1), color: 'blue' };
}

/**
 * The releases that bundle or bundled the change, as links; for one that backed it out, at
 * which wave and why (what its post-implementation review starts from).
 */
export function ChangeReleases({ releases }: { releases: readonly ReleaseRef[] }) {
  if (releases.length === 0) return null;
  return (
    <Stack gap="xs" aria-label="Releases of this change" role="region">
      <Title order={3} size="h5">
        {releases.length === 1 ? 'Release' : 'Releases'}
      </Title>
      {releases.map((release) => {
        const state = stateOf(release);
        return (
          <Stack key={release.key} gap={4}>
            <Group gap="xs">
              <Anchor component={Link} to={paths.release.getHref(release.key)} fw={600} size="sm">
                {release.key}
              </Anchor>
              <Text size="sm">{release.name}</Text>
              <Badge color={state.color} variant="light" size="sm">
                {state.label}
              </Badge>
            </Group>
            {release.backout && (
              <Alert color="red" variant="light" title={`Why ${release.key} backed it out`}>
                <Text size="sm">{release.backout.summary}</Text>
              </Alert>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
