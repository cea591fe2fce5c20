import { Button, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';

import type { ChangeView } from '../api/get-change';
import { useSubmitChange } from '../api/submit-change';
import { changeActions, type Viewer } from '../utils/change-actions';

import { WithdrawModal } from './withdraw-modal';

export function ChangeActionsBar({ change, viewer }: { change: ChangeView; viewer: Viewer }) {
  const actions = changeActions(change, viewer);
  const submit = useSubmitChange();
  const [withdrawing, { open, close }] = useDisclosure(false);

  if (!actions.edit && !actions.submit && !actions.withdraw) return null;
  return (
    <Stack gap="xs">
      <Group gap="xs">
        {actions.edit && (
          <Button component={Link} to={paths.editChange.getHref(change.key)} variant="default">
            Edit
          </Button>
        )}
        {actions.submit && (
          <Button onClick={() => submit.mutate(change.key)} loading={submit.isPending}>
            {change.state === 'INFO_REQUESTED' ? 'Resubmit' : 'Submit'}
          </Button>
        )}
        {actions.withdraw && (
          <Button variant="light" color="red" onClick={open}>
            Withdraw
          </Button>
        )}
      </Group>
      {submit.error && (
        <ProblemAlert title="Not submitted" error={submit.error} />
      )}
      <WithdrawModal
        changeKey={change.key}
        opened={withdrawing}
        onClose={close}
        onWithdrawn={close}
      />
    </Stack>
  );
}
