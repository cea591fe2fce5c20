import { Badge, Button, Group, Skeleton, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { ProblemAlert } from '@/components/ui/problem-alert';

import { useTaskCount } from '../api/get-task-count';
import { useTasks, type TaskQuery } from '../api/get-tasks';
import { inboxQueryOf, inboxSearchParams, isFiltered, scopeOf } from '../utils/inbox-filters';

import { TaskFilters } from './task-filters';
import { TaskTable } from './task-table';

function TaskListSkeleton() {
  return (
    <Stack gap="xs" aria-busy="true" aria-label="Loading tasks">
      {Array.from({ length: 4 }, (_, i) => (
        <Skeleton key={i} height={44} />
      ))}
    </Stack>
  );
}

const EMPTY_DESCRIPTIONS: Record<TaskQuery['scope'], string> = {
  todo: 'Approvals, reviews and tasks for you or your groups will show up here.',
  mine: 'Approvals, reviews and tasks assigned to you will show up here.',
  groups: 'Tasks offered to your groups will show up here.',
  all: 'Open tasks will show up here.',
};

function TaskList({ query }: { query: TaskQuery }) {
  const tasks = useTasks(query);
  // Read once per list: re-renders must not move rows between due and overdue.
  const [now] = useState(() => Date.now());
  if (tasks.isPending) return <TaskListSkeleton />;
  // A failed "show more" keeps the rows already shown.
  if (tasks.isError && !tasks.isFetchNextPageError) {
    return <ProblemAlert title="Could not load your tasks" error={tasks.error} />;
  }
  const rows = tasks.data.pages.flatMap((page) => page.tasks);
  const total = tasks.data.pages.at(-1)?.total ?? rows.length;
  if (rows.length === 0) {
    if (isFiltered(query)) {
      return <EmptyState title="No task matches" description="Clear a filter to see more." />;
    }
    return (
      <EmptyState title="Nothing waits for you" description={EMPTY_DESCRIPTIONS[query.scope]} />
    );
  }
  return (
    <Stack gap="sm">
      <TaskTable tasks={rows} now={now} />
      {tasks.isFetchNextPageError && (
        <ProblemAlert title="Could not load more tasks" error={tasks.error} />
      )}
      {tasks.hasNextPage && (
        <Group justify="center" gap="sm">
          <Text size="sm" c="dimmed">
            {rows.length} of {total}
          </Text>
          <Button
            variant="default"
            size="xs"
            loading={tasks.isFetchingNextPage}
            onClick={() => void tasks.fetchNextPage()}
          >
            Show more
          </Button>
        </Group>
      )}
    </Stack>
  );
}

const countLabel = (count: number | undefined, label: string) =>
  count === undefined ? null : (
    <Badge size="sm" variant="filled" circle={count < 10} aria-label={`${count} ${label}`}>
      {count}
    </Badge>
  );

/**
 * Open tasks, assigned to the user or offered to their groups; it opens on both together ("To
 * do"), so a change manager whose work is offered to the group does not land on an empty tab. The
 * tab, filters and order live in the URL and go to the server as they are.
 */
export function TaskInbox() {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = inboxQueryOf(searchParams);
  const count = useTaskCount();
  const update = (next: TaskQuery) => setSearchParams(inboxSearchParams(next), { replace: true });

  return (
    <Tabs
      value={query.scope}
      onChange={(value) => update({ ...query, scope: scopeOf(value) })}
      keepMounted={false}
    >
      <Group justify="space-between" align="flex-end" mb="md" gap="sm">
        <Tabs.List>
          <Tabs.Tab
            value="todo"
            rightSection={countLabel(
              count.data && count.data.mine + count.data.groups,
              'for you or your groups',
            )}
          >
            To do
          </Tabs.Tab>
          <Tabs.Tab value="mine" rightSection={countLabel(count.data?.mine, 'assigned to you')}>
            Mine
          </Tabs.Tab>
          <Tabs.Tab
            value="groups"
            rightSection={countLabel(count.data?.groups, 'offered to your groups')}
          >
            My groups
          </Tabs.Tab>
        </Tabs.List>
        {count.data && count.data.overdue > 0 && (
          <Badge color="red" variant="light">
            {count.data.overdue} overdue
          </Badge>
        )}
      </Group>
      <Stack>
        <TaskFilters query={query} onChange={update} />
        <Tabs.Panel value="todo">
          <TaskList query={query} />
        </Tabs.Panel>
        <Tabs.Panel value="mine">
          <TaskList query={query} />
        </Tabs.Panel>
        <Tabs.Panel value="groups">
          <TaskList query={query} />
        </Tabs.Panel>
      </Stack>
    </Tabs>
  );
}
