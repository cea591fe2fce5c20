import { Anchor, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';

import { ImpactedServices } from '@/components/cmdb/impacted-services';
import { PageSkeleton } from '@/components/ui/page-skeleton';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';
import { useChange } from '@/features/changes/api/get-change';
import { ChangeBrief, ChangeBriefSkeleton } from '@/features/changes/components/change-brief';
import { informationRequest } from '@/features/changes/utils/change-actions';
import { useRelease } from '@/features/releases/api/get-release';
import { ReleaseBrief, ReleaseBriefSkeleton } from '@/features/releases/components/release-brief';
import { useTask } from '@/features/tasks/api/get-task';
import type { Task } from '@/features/tasks/api/get-tasks';
import { TaskPanel } from '@/features/tasks/components/task-panel';
import { isApprovalKind, isReleaseTask } from '@/features/tasks/utils/task-kinds';
import { flashState } from '@/lib/flash';
import { browserTimeZone } from '@/lib/time-zone';

type TaskPageProps = { task: Task; onCompleted: (task: Task) => void };

function ChangeTask({ task, onCompleted }: TaskPageProps) {
  const changeKey = task.changeKey ?? '';
  const change = useChange(changeKey);
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <TaskPanel
        task={task}
        window={
          change.data && { ...change.data, timeZone: change.data.timeZone ?? browserTimeZone() }
        }
        question={change.data ? informationRequest(change.data.history) : undefined}
        editHref={paths.editChange.getHref(changeKey)}
        onCompleted={onCompleted}
      />
      {change.data ? (
        <Stack>
          <ChangeBrief change={change.data} showVotes={isApprovalKind(task.kind)} />
          {/* Voters and reviewers weigh what the change reaches. */}
          <Paper withBorder p="md">
            <Stack gap="xs">
              <Title order={3} size="h5">
                Impacted services
              </Title>
              <ImpactedServices ciKeys={change.data.affectedCis} ciHref={paths.ci.getHref} />
            </Stack>
          </Paper>
        </Stack>
      ) : change.isError ? (
        <ProblemAlert title={`Could not load ${changeKey}`} error={change.error} />
      ) : (
        <ChangeBriefSkeleton />
      )}
    </SimpleGrid>
  );
}

// A release task names its release where a change task names its change.
function ReleaseTask({ task, onCompleted }: TaskPageProps) {
  const releaseKey = task.changeKey ?? '';
  const release = useRelease(releaseKey);
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <TaskPanel task={task} onCompleted={onCompleted} />
      {release.data ? (
        <ReleaseBrief release={release.data} />
      ) : release.isError ? (
        <ProblemAlert title={`Could not load ${releaseKey}`} error={release.error} />
      ) : (
        <ReleaseBriefSkeleton />
      )}
    </SimpleGrid>
  );
}

export function TaskRoute() {
  const { taskId = '' } = useParams();
  const navigate = useNavigate();
  const task = useTask(taskId);

  if (task.isPending) return <PageSkeleton label="Loading the task" />;
  if (task.isError) return <ProblemAlert title="Could not load the task" error={task.error} />;

  const onCompleted = (done: Task) =>
    navigate(paths.inbox.getHref(), {
      state: flashState(`Completed “${done.title}” on ${done.changeKey}.`),
    });
  const Page = isReleaseTask(task.data) ? ReleaseTask : ChangeTask;
  return (
    <Stack>
      <Anchor component={Link} to={paths.inbox.getHref()} size="sm">
        ← Back to the inbox
      </Anchor>
      <Page task={task.data} onCompleted={onCompleted} />
    </Stack>
  );
}
