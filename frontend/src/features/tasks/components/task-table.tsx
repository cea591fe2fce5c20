import { Anchor, Badge, Table, Text } from '@mantine/core';
import type { KeyboardEvent, MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import { paths } from '@/config/paths';

import type { Task } from '../api/get-tasks';
import { ageOf, isOverdue } from '../utils/inbox-order';
import { nextRowIndex } from '../utils/row-focus';
import { kindLabel } from '../utils/task-kinds';

import { TaskActions } from './task-actions';
import { DueText } from './task-facts';
import { usePersonName } from '@/hooks/use-person-name';

const ROW_LINK = 'a[data-task-link]';

/** j/k or the arrow keys move between the rows' links; Enter on a link opens the task. */
function moveFocus(event: KeyboardEvent<HTMLTableSectionElement>) {
  const target = event.target as HTMLElement;
  if (event.altKey || event.ctrlKey || event.metaKey || target.closest('input, textarea')) return;
  const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>(ROW_LINK)];
  const row = target.closest('tr');
  const current = links.findIndex((link) => link.closest('tr') === row);
  const next = nextRowIndex(event.key, current, links.length);
  if (next === undefined) return;
  event.preventDefault();
  links[next]?.focus();
}

export function TaskTable({ tasks, now }: { tasks: readonly Task[]; now: number }) {
  const personName = usePersonName();
  const navigate = useNavigate();
  const open = (task: Task) => (event: MouseEvent<HTMLTableRowElement>) => {
    // Clicks in a dialog opened from the row bubble up through React's tree; only the row's own
    // cells open the task.
    if (!event.currentTarget.contains(event.target as Node)) return;
    if ((event.target as HTMLElement).closest('a, button')) return;
    void navigate(paths.task.getHref(task.id));
  };

  return (
    <Table.ScrollContainer minWidth={520}>
      <Table highlightOnHover aria-label="Tasks">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Task</Table.Th>
            <Table.Th>Change</Table.Th>
            <Table.Th visibleFrom="md">Kind</Table.Th>
            <Table.Th>Priority</Table.Th>
            <Table.Th>Due</Table.Th>
            <Table.Th visibleFrom="md">Age</Table.Th>
            <Table.Th>
              <span className="mantine-visually-hidden">Actions</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody onKeyDown={moveFocus}>
          {tasks.map((task) => {
            const overdue = task.overdue || isOverdue(task, now);
            return (
              <Table.Tr
                key={task.id}
                onClick={open(task)}
                style={{ cursor: 'pointer' }}
                bg={overdue ? 'var(--mantine-color-red-light)' : undefined}
                data-overdue={overdue || undefined}
              >
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={paths.task.getHref(task.id)}
                    data-task-link
                    size="sm"
                    fw={600}
                  >
                    {task.title}
                  </Anchor>
                  {task.delegatedBy && (
                    <Text size="xs" c="dimmed">
                      from {personName(task.delegatedBy)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{task.changeKey}</Text>
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {task.changeTitle}
                  </Text>
                </Table.Td>
                <Table.Td visibleFrom="md">
                  <Badge variant="light">{kindLabel(task.kind)}</Badge>
                </Table.Td>
                <Table.Td>{task.priority ?? '—'}</Table.Td>
                <Table.Td>
                  <DueText task={task} now={now} overdue={overdue} />
                </Table.Td>
                <Table.Td visibleFrom="md">{ageOf(task, now)}</Table.Td>
                <Table.Td>
                  <TaskActions task={task} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
