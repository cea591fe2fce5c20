import { Alert, Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';

import { isKnownKind, type Task } from '../api/get-tasks';
import { DECISION_CONFIGS } from '../utils/decisions';

import { DecisionForm } from './decision-form';
import { PirForm } from './pir-form';
import { ProvideInformation } from './provide-information';
import { RescheduleForm, type ChangeWindow } from './reschedule-form';
import { TaskActions } from './task-actions';
import { TaskFacts } from './task-facts';
import { usePersonName } from '@/hooks/use-person-name';

type TaskPanelProps = {
  task: Task;
  /** The change's planned window, once the change has loaded (RESOLVE_CONFLICT starts from it). */
  window?: ChangeWindow;
  /** The question behind a PROVIDE_INFORMATION task. */
  question?: string | null;
  /** Where a PROVIDE_INFORMATION task sends its requester to answer; change tasks only. */
  editHref?: string;
  onCompleted: (task: Task) => void;
};

function TaskBody({ task, window, question, editHref, onCompleted }: TaskPanelProps) {
  const disabled = !task.allowedToComplete || task.state !== 'OPEN';
  const kind = isKnownKind(task.kind) ? task.kind : undefined;
  const config = kind && DECISION_CONFIGS[kind];

  if (kind === 'PROVIDE_INFORMATION' && editHref) {
    return (
      <ProvideInformation question={question ?? null} editHref={editHref} disabled={disabled} />
    );
  }
  if (kind === 'RESOLVE_CONFLICT') {
    if (!window) return <Text size="sm">Loading the planned window…</Text>;
    return (
      <RescheduleForm task={task} window={window} disabled={disabled} onCompleted={onCompleted} />
    );
  }
  if (kind === 'PIR') return <PirForm task={task} disabled={disabled} onCompleted={onCompleted} />;
  if (config) {
    return (
      <DecisionForm task={task} config={config} disabled={disabled} onCompleted={onCompleted} />
    );
  }
  return (
    <Text size="sm" c="dimmed">
      This kind of task cannot be completed here yet.
    </Text>
  );
}

export function TaskPanel(props: TaskPanelProps) {
  const personName = usePersonName();
  const { task } = props;
  // Read once: re-rendering must not make a task flip between due and overdue mid-decision.
  const [now] = useState(() => Date.now());

  return (
    <Paper withBorder p="md">
      <Stack>
        <Group justify="space-between" align="flex-start">
          <Title order={2} size="h3">
            {task.title}
          </Title>
          {task.state === 'OPEN' && <TaskActions task={task} size="sm" />}
        </Group>
        <TaskFacts task={task} now={now} />
        {task.state !== 'OPEN' ? (
          <Alert color="gray" variant="light" title="No longer open" role="status">
            {task.state === 'COMPLETED'
              ? `Already completed by ${task.completedBy ? personName(task.completedBy) : 'someone'}${task.outcome ? `: ${task.outcome}` : ''}.`
              : 'This task was canceled.'}
          </Alert>
        ) : (
          !task.allowedToComplete && (
            <Alert color="yellow" variant="light" title="You cannot complete this task">
              {task.notAllowedReason ?? 'None of your roles may complete it.'}
            </Alert>
          )
        )}
        {/* Greyed out once closed, also when someone else completes it while open here. */}
        <Box
          style={task.state === 'OPEN' ? undefined : { opacity: 0.5, filter: 'grayscale(1)' }}
          aria-disabled={task.state !== 'OPEN' || undefined}
          data-testid="task-form"
        >
          <TaskBody {...props} />
        </Box>
      </Stack>
    </Paper>
  );
}
