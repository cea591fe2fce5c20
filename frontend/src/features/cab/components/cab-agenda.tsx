import { Badge, Group, Skeleton, Stack, Title } from '@mantine/core';

import { EmptyState } from '@/components/ui/empty-state';
import { ProblemAlert } from '@/components/ui/problem-alert';

import { useAgenda } from '../api/get-agenda';

import { AgendaChangeCard } from './agenda-change-card';

export function CabAgendaSkeleton() {
  return (
    <Stack aria-busy="true" aria-label="Loading the CAB agenda">
      <Skeleton height={24} width={220} />
      <Skeleton height={180} />
      <Skeleton height={180} />
    </Stack>
  );
}

/** The changes waiting for the CAB, week by week, with the votes so far. */
export function CabAgenda() {
  const agenda = useAgenda();
  if (agenda.isPending) return <CabAgendaSkeleton />;
  if (agenda.isError) {
    return <ProblemAlert title="Could not load the CAB agenda" error={agenda.error} />;
  }
  const windows = agenda.data.windows.filter((w) => w.changes.length > 0);
  if (windows.length === 0) {
    return (
      <EmptyState
        title="Nothing on the agenda"
        description="Normal changes appear here once they wait for the CAB's votes."
      />
    );
  }
  return (
    <Stack gap="xl">
      {windows.map((window) => (
        <Stack key={window.label} gap="sm" component="section" aria-label={window.label}>
          <Group gap="sm">
            <Title order={3}>{window.label}</Title>
            <Badge variant="light">
              {window.changes.length} change{window.changes.length === 1 ? '' : 's'}
            </Badge>
          </Group>
          {window.changes.map((change) => (
            <AgendaChangeCard key={change.key} change={change} />
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
