import { Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';

import type { Task } from '../api/get-tasks';
import { useClaimTask, useUnclaimTask } from '../api/task-actions';

import { DelegateModal } from './delegate-modal';

type TaskActionsProps = { task: Task; size?: 'xs' | 'sm' };

/**
 * Claim, give back, delegate: whichever the server says the user may do. Failures come as toasts
 * (the mutation cache shows the Problem Details), e.g. 409 "Already claimed by cab2".
 */
export function TaskActions({ task, size = 'xs' }: TaskActionsProps) {
  const claim = useClaimTask();
  const unclaim = useUnclaimTask();
  const [delegating, delegation] = useDisclosure(false);
  if (!task.claimable && !task.unclaimable && !task.delegable) return null;

  const label = (verb: string) => `${verb} “${task.title}” on ${task.changeKey}`;
  return (
    <Group gap={6} wrap="nowrap">
      {task.claimable && (
        <Button
          size={size}
          aria-label={label('Claim')}
          loading={claim.isPending}
          onClick={(event) => {
            event.stopPropagation();
            claim.mutate(task.id, {
              onSuccess: () =>
                notifications.show({ color: 'green', message: `Claimed “${task.title}”.` }),
            });
          }}
        >
          Claim
        </Button>
      )}
      {task.unclaimable && (
        <Button
          size={size}
          variant="default"
          aria-label={label('Give back')}
          loading={unclaim.isPending}
          onClick={(event) => {
            event.stopPropagation();
            unclaim.mutate(task.id);
          }}
        >
          Give back
        </Button>
      )}
      {task.delegable && (
        <>
          <Button
            size={size}
            variant="default"
            aria-label={label('Delegate')}
            onClick={(event) => {
              event.stopPropagation();
              delegation.open();
            }}
          >
            Delegate
          </Button>
          <DelegateModal task={task} opened={delegating} onClose={delegation.close} />
        </>
      )}
    </Group>
  );
}
