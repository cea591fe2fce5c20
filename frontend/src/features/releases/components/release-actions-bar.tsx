import { Button, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { ReasonConfirmModal } from '@/components/ui/reason-confirm-modal';
import { paths } from '@/config/paths';

import { useBackOutRelease } from '../api/back-out-release';
import { useBuildRelease } from '../api/build-release';
import { useCompleteReleaseTask } from '../api/complete-release-task';
import type { ReleaseView } from '../api/get-release';
import { releaseActions, type Viewer } from '../utils/release-actions';

/** Build, start the rollout, open the release's tasks in the inbox, or back out. */
export function ReleaseActionsBar({ release, viewer }: { release: ReleaseView; viewer: Viewer }) {
  const actions = releaseActions(release, viewer);
  const build = useBuildRelease();
  const complete = useCompleteReleaseTask();
  const backOut = useBackOutRelease();
  const [backingOut, { open, close }] = useDisclosure(false);
  const error = build.error ?? complete.error;

  const nothing =
    !actions.build && !actions.startRollout && actions.taskLinks.length === 0 && !actions.backOut;
  if (nothing) return null;
  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="xs">
        {actions.taskLinks.map((task) => (
          <Button key={task.id} component={Link} to={paths.task.getHref(task.id)} variant="light">
            {task.title}
          </Button>
        ))}
        {actions.build && (
          <Button onClick={() => build.mutate(release.key)} loading={build.isPending}>
            Build
          </Button>
        )}
        {actions.startRollout && (
          <Button
            size="lg"
            color="teal"
            loading={complete.isPending}
            onClick={() => complete.mutate({ taskId: actions.startRollout!.id, decision: 'start' })}
          >
            Start rollout
          </Button>
        )}
        {actions.backOut && (
          <Button color="red" onClick={open}>
            Back out
          </Button>
        )}
      </Group>
      {error && <ProblemAlert title="That did not work" error={error} />}
      {actions.backOut && (
        <ReasonConfirmModal
          opened={backingOut}
          onClose={close}
          title={`Back out ${release.key}`}
          consequence="The rollout stops and every wave deployed so far is backed out, newest first. This cannot be undone."
          confirmLabel="Back out"
          reasonHint="Recorded in the release history and told to every change"
          maxLength={2000}
          onConfirm={async (reason) => {
            await backOut.mutateAsync({ key: release.key, input: { reason } });
            close();
          }}
        />
      )}
    </Stack>
  );
}
