import { Center, Paper } from '@mantine/core';
import { useParams, useSearchParams } from 'react-router';

import { EmailApprovalConfirm } from '@/features/email-approval/components/email-approval-confirm';

/** Public: the signed token in the path is the credential, no sign-in needed. */
export function ApproveRoute() {
  const { token = '' } = useParams();
  const [searchParams] = useSearchParams();
  const requested = searchParams.get('decision');
  const decision = requested === 'approve' || requested === 'reject' ? requested : null;

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={560} component="main">
        <EmailApprovalConfirm token={token} initialDecision={decision} />
      </Paper>
    </Center>
  );
}
