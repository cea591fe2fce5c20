import { Button, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, useLocation, useNavigate } from 'react-router';

import { ProblemAlert } from '@/components/ui/problem-alert';
import { ReasonConfirmModal } from '@/components/ui/reason-confirm-modal';
import { paths } from '@/config/paths';
import { flashState } from '@/lib/flash';

import type { ChangeView } from '../api/get-change';
import { useSubmitChange } from '../api/submit-change';
import { useWithdrawChange } from '../api/withdraw-change';
import { changeActions, type Viewer } from '../utils/change-actions';

export function ChangeActionsBar({ change, viewer }: { change: ChangeView; viewer: Viewer }) {
  const actions = changeActions(change, viewer);
  const submit = useSubmitChange();
  const withdraw = useWithdrawChange();
  const [withdrawing, { open, close }] = useDisclosure(false);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  // The message the save left ("saved as a draft") is no longer true: say what is.
  const submitted = () =>
    navigate(pathname, { replace: true, state: flashState(`${change.key} was submitted.`) });

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
          <Button
            onClick={() => submit.mutate(change.key, { onSuccess: () => void submitted() })}
            loading={submit.isPending}
          >
            {change.state === 'INFO_REQUESTED' ? 'Resubmit' : 'Submit'}
          </Button>
        )}
        {actions.withdraw && (
          <Button variant="light" color="red" onClick={open}>
            Withdraw
          </Button>
        )}
      </Group>
      {submit.error && <ProblemAlert title="Not submitted" error={submit.error} />}
      <ReasonConfirmModal
        opened={withdrawing}
        onClose={close}
        title={`Withdraw ${change.key}`}
        consequence="The change ends here and cannot be reopened; everyone involved sees the reason."
        confirmLabel="Withdraw"
        maxLength={2000}
        plainText
        onConfirm={async (reason) => {
          await withdraw.mutateAsync({ key: change.key, input: { reason } });
          close();
        }}
      />
    </Stack>
  );
}
