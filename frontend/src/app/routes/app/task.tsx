import { Anchor, SimpleGrid, Stack } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';

import { PageSkeleton } from '@/components/ui/page-skeleton';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';
import { useChange } from '@/features/changes/api/get-change';
import { ChangeBrief, ChangeBriefSkeleton } from '@/features/changes/components/change-brief';
import { informationRequest } from '@/features/changes/utils/change-actions';
import { useTask } from '@/features/tasks/api/get-task';
import { TaskPanel } from '@/features/tasks/components/task-panel';
import { isApprovalKind } from '@/features/tasks/utils/task-kinds';
import { flashState } from '@/lib/flash';

export function TaskRoute() {
  const { taskId = '' } = useParams();
  const navigate = useNavigate();
  const task = useTask(taskId);
  const change = useChange(task.data?.changeKey);

  if (task.isPending) return <PageSkeleton label="Loading the task" />;
  if (task.isError) return <ProblemAlert title="Could not load the task" error={task.error} />;

  const { changeKey } = task.data;
  return (
    <Stack>
      <Anchor component={Link} to={paths.inbox.getHref()} size="sm">
        ← Back to the inbox
      </Anchor>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <TaskPanel
          task={task.data}
          window={change.data}
          question={change.data ? informationRequest(change.data.history) : undefined}
          editHref={paths.editChange.getHref(changeKey)}
          onCompleted={(done) =>
            navigate(paths.inbox.getHref(), {
              state: flashState(`Completed “${done.title}” on ${done.changeKey}.`),
            })
          }
        />
        {change.data ? (
          <ChangeBrief change={change.data} showVotes={isApprovalKind(task.data.kind)} />
        ) : change.isError ? (
          <ProblemAlert title={`Could not load ${changeKey}`} error={change.error} />
        ) : (
          <ChangeBriefSkeleton />
        )}
      </SimpleGrid>
    </Stack>
  );
}
