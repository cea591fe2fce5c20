import { Alert, Anchor, Badge, Skeleton, Table, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/form-errors';

import { useTaskCount } from '../api/get-task-count';
import { useTasks, type Task, type TaskScope } from '../api/get-tasks';
import { ageOf, sortTasks } from '../utils/inbox-order';
import { kindLabel } from '../utils/task-kinds';

import { DueText } from './task-facts';

function TaskTable({ tasks, now }: { tasks: readonly Task[]; now: number }) {
  const navigate = useNavigate();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Task</Table.Th>
            <Table.Th>Change</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Priority</Table.Th>
            <Table.Th>Due</Table.Th>
            <Table.Th>Age</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.map((task) => (
            <Table.Tr
              key={task.id}
              onClick={() => navigate(paths.task.getHref(task.id))}
              style={{ cursor: 'pointer' }}
            >
              <Table.Td>
                <Anchor
                  component={Link}
                  to={paths.task.getHref(task.id)}
                  onClick={(event) => event.stopPropagation()}
                  size="sm"
                  fw={600}
                >
                  {task.title}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{task.changeKey}</Text>
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {task.changeTitle}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light">{kindLabel(task.kind)}</Badge>
              </Table.Td>
              <Table.Td>{task.priority ?? '—'}</Table.Td>
              <Table.Td>
                <DueText task={task} now={now} />
              </Table.Td>
              <Table.Td>{ageOf(task, now)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function TaskListPanel({ scope }: { scope: TaskScope }) {
  const tasks = useTasks(scope);
  const [now] = useState(() => Date.now());
  if (tasks.isPending) return <Skeleton height={160} aria-label="Loading tasks" />;
  if (tasks.isError) {
    return (
      <Alert color="red" variant="light" title="Could not load your tasks">
        {errorMessage(tasks.error)}
      </Alert>
    );
  }
  if (tasks.data.length === 0) {
    return (
      <EmptyState
        title="Nothing waits for you"
        description={
          scope === 'mine'
            ? 'Approvals, reviews and tasks assigned to you will show up here.'
            : 'Tasks offered to your groups will show up here.'
        }
      />
    );
  }
  return <TaskTable tasks={sortTasks(tasks.data)} now={now} />;
}

const countLabel = (count: number | undefined) =>
  count === undefined ? null : (
    <Badge size="sm" variant="filled" circle={count < 10}>
      {count}
    </Badge>
  );

/** Open tasks, assigned to the user or offered to their groups, most pressing first. */
export function TaskInbox() {
  const [searchParams, setSearchParams] = useSearchParams();
  const scope: TaskScope = searchParams.get('scope') === 'groups' ? 'groups' : 'mine';
  const count = useTaskCount();

  return (
    <Tabs
      value={scope}
      onChange={(value) =>
        setSearchParams(value === 'groups' ? { scope: 'groups' } : {}, { replace: true })
      }
      keepMounted={false}
    >
      <Tabs.List mb="md">
        <Tabs.Tab value="mine" rightSection={countLabel(count.data?.mine)}>
          Mine
        </Tabs.Tab>
        <Tabs.Tab value="groups" rightSection={countLabel(count.data?.groups)}>
          My groups
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="mine">
        <TaskListPanel scope="mine" />
      </Tabs.Panel>
      <Tabs.Panel value="groups">
        <TaskListPanel scope="groups" />
      </Tabs.Panel>
    </Tabs>
  );
}
