import { Alert, Anchor, Center, Loader, Stack, Text } from '@mantine/core';

import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/form-errors';

import {
  useConfirmEmailApproval,
  type EmailApprovalResult,
  type EmailDecision,
} from '../api/confirm-email-approval';
import { useEmailApproval } from '../api/get-email-approval';

import { ChangeSummary } from './approval-summary';
import { ConfirmForm, problemTitle } from './confirm-decision-form';

type EmailApprovalConfirmProps = {
  token: string;
  /** The decision the clicked link stands for (`?decision=`), preselected. */
  initialDecision: EmailDecision | null;
};

/**
 * The page an approval link in an email opens: what the link decides, and a button to
 * confirm. Opening it changes nothing, so a mail scanner following the link decides nothing.
 */
export function EmailApprovalConfirm({ token, initialDecision }: EmailApprovalConfirmProps) {
  const approval = useEmailApproval(token);
  const confirm = useConfirmEmailApproval(token);

  if (approval.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label="Loading the approval" />
      </Center>
    );
  }
  if (approval.isError) {
    return (
      <Alert color="red" variant="light" title={problemTitle(approval.error)}>
        {errorMessage(approval.error)}
      </Alert>
    );
  }
  const summary = approval.data;
  return (
    <Stack>
      <ChangeSummary approval={summary} />
      {confirm.isSuccess ? (
        <Decided result={confirm.data} />
      ) : summary.usable ? (
        <ConfirmForm approval={summary} initialDecision={initialDecision} confirm={confirm} />
      ) : (
        <Alert color="yellow" variant="light" title="This link cannot be used">
          {summary.problem ?? 'This link can no longer decide anything.'}
        </Alert>
      )}
    </Stack>
  );
}

function Decided({ result }: { result: EmailApprovalResult }) {
  const verb = result.decision === 'reject' ? 'rejected' : 'approved';
  return (
    <Alert color="green" variant="light" title="Decision recorded">
      <Stack gap="xs">
        <Text size="sm">
          You {verb} {result.changeKey} as {result.approver}. Nothing else to do: the change moves
          on when the votes are in.
        </Text>
        <Anchor href={paths.change.getHref(result.changeKey)} size="sm">
          Open {result.changeKey} in Changeflow
        </Anchor>
      </Stack>
    </Alert>
  );
}
