import { Anchor, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

import { paths } from '@/config/paths';

import type { ChangeView } from '../api/get-change';

import { ChangeHeader } from './change-header';

/** A change in brief, for pages about something else (a task on it, say). */
export function ChangeSummaryCard({ change }: { change: ChangeView }) {
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <ChangeHeader change={change} titleOrder={3} />
        <Text size="sm" lineClamp={4} style={{ whiteSpace: 'pre-wrap' }}>
          {change.description}
        </Text>
        <Anchor component={Link} to={paths.change.getHref(change.key)} size="sm">
          Open {change.key}
        </Anchor>
      </Stack>
    </Paper>
  );
}

export function ChangeSummarySkeleton() {
  return <Skeleton height={160} aria-label="Loading the change" />;
}
