import { Badge, Group, Text } from '@mantine/core';

import { groupLabel } from '@/lib/roles';
import { formatDateTime } from '@/lib/time-zone';

import type { Task } from '../api/get-tasks';
import { ageOf, dueLabel, isOverdue } from '../utils/inbox-order';
import { kindLabel } from '../utils/task-kinds';
import { usePersonName } from '@/hooks/use-person-name';

type DueTextProps = {
  task: Pick<Task, 'dueAt' | 'state'>;
  now: number;
  /** The server's word on it, when known; otherwise judged from the due date. */
  overdue?: boolean;
};

export function DueText({ task, now, overdue = isOverdue(task, now) }: DueTextProps) {
  return (
    <Text
      size="sm"
      c={overdue ? 'red' : undefined}
      fw={overdue ? 600 : undefined}
      title={task.dueAt ? formatDateTime(task.dueAt) : undefined}
      data-overdue={overdue || undefined}
    >
      {dueLabel(task, now)}
    </Text>
  );
}

/** Kind, priority, due date, age and who it is offered to. */
export function TaskFacts({ task, now }: { task: Task; now: number }) {
  const personName = usePersonName();
  const offeredTo = [
    ...task.candidateGroups.map(groupLabel),
    ...task.candidateUsers.map(personName),
  ];
  return (
    <Group gap="lg">
      <Badge variant="light">{kindLabel(task.kind)}</Badge>
      {task.priority && <Badge variant="outline">{task.priority}</Badge>}
      <Group gap={4}>
        <Text size="sm" c="dimmed">
          Due
        </Text>
        <DueText task={task} now={now} />
      </Group>
      <Text size="sm" c="dimmed">
        Waiting {ageOf(task, now)}
      </Text>
      <Text size="sm" c="dimmed">
        {task.assignee
          ? `Assigned to ${personName(task.assignee)}`
          : `Offered to ${offeredTo.join(', ') || 'nobody'}`}
      </Text>
    </Group>
  );
}
