import { Anchor, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { PersonName } from '@/components/ui/person-name';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/time-zone';

import { useUnauthorizedChange, type UnauthorizedChange } from '../api/get-unauthorized-changes';
import { canResolve } from '../utils/vocabulary';

import { UnauthorizedChangeActions } from './unauthorized-change-actions';
import { UnauthorizedChangeStatusBadge } from './unauthorized-change-status';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

function Resolution({ record }: { record: UnauthorizedChange }) {
  if (record.status === 'OPEN') return null;
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={4}>Resolution</Title>
        {record.changeKey && (
          <Text size="sm">
            Covered by the retrospective emergency change{' '}
            <Anchor component={Link} to={paths.change.getHref(record.changeKey)} fw={600}>
              {record.changeKey}
            </Anchor>
            .
          </Text>
        )}
        {record.reason && (
          <Fact label={record.status === 'ROLLED_BACK' ? 'Why it was rolled back' : 'Why it stays'}>
            {record.reason}
          </Fact>
        )}
        {record.resolvedBy && (
          <Text size="sm" c="dimmed">
            By <PersonName username={record.resolvedBy} />, {formatDateTime(record.resolvedAt)}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/** One unauthorized change: what discovery saw, and how it was resolved or can be. */
export function UnauthorizedChangePage({ id, roles }: { id: number; roles: readonly string[] }) {
  const record = useUnauthorizedChange(id);
  if (record.isPending)
    return <Skeleton height={240} aria-label="Loading the unauthorized change" />;
  if (record.isError) {
    return <ProblemAlert title="Could not load the unauthorized change" error={record.error} />;
  }
  const data = record.data;
  return (
    <Stack>
      <Anchor component={Link} to={paths.unauthorizedChanges.getHref()} size="sm">
        ← Unauthorized changes
      </Anchor>
      <Group gap="sm">
        <Title order={2}>Unauthorized change #{data.id}</Title>
        <UnauthorizedChangeStatusBadge status={data.status} />
      </Group>
      <Text size="sm">
        {data.source} saw {data.attribute} of {data.ciName ?? data.ciKey} change from{' '}
        {data.oldValue ?? '(none)'} to {data.newValue}, with no approved change or release covering
        it.
      </Text>
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          <Fact label="Configuration item">
            {data.ciName ?? data.ciKey} ({data.ciKey})
          </Fact>
          <Fact label="Attribute">{data.attribute}</Fact>
          <Fact label="Before">{data.oldValue ?? '(none)'}</Fact>
          <Fact label="Seen">{data.newValue}</Fact>
          <Fact label="Seen at">{formatDateTime(data.observedAt)}</Fact>
          <Fact label="Reported by">
            {data.source}, batch {data.batchId}, received {formatDateTime(data.detectedAt)}
          </Fact>
        </SimpleGrid>
      </Card>
      <Resolution record={data} />
      {data.status === 'OPEN' && canResolve(roles) && <UnauthorizedChangeActions record={data} />}
    </Stack>
  );
}
