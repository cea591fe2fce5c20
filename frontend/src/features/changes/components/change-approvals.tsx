import { ProblemAlert } from '@/components/ui/problem-alert';
import { formatDateTime } from '@/lib/time-zone';
import { Badge, Skeleton, Stack, Table, Text } from '@mantine/core';

import {
  isDecision,
  tallyOf,
  useChangeApprovals,
  type Decision,
} from '../api/get-change-approvals';
import { usePersonName } from '@/hooks/use-person-name';
import { groupLabel } from '@/lib/roles';

const DECISION_COLORS: Record<Decision, string> = {
  approve: 'green',
  reject: 'red',
  abstain: 'gray',
};

const when = formatDateTime;

export function ChangeApprovals({ changeKey }: { changeKey: string }) {
  const personName = usePersonName();
  const approvals = useChangeApprovals(changeKey);

  if (approvals.isPending) return <Skeleton height={120} aria-label="Loading approvals" />;
  if (approvals.isError) {
    return <ProblemAlert title="Could not load the approvals" error={approvals.error} />;
  }
  if (approvals.data.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nobody has been asked to approve this change yet.
      </Text>
    );
  }

  const tally = tallyOf(approvals.data);
  return (
    <Stack>
      <Text fw={600} aria-label="Tally">
        {tally.approve} approve · {tally.reject} reject · {tally.abstain} abstain
        {tally.pending > 0 && ` · ${tally.pending} not voted yet`}
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Approver</Table.Th>
              <Table.Th>Roles</Table.Th>
              <Table.Th>Decision</Table.Th>
              <Table.Th>Comment</Table.Th>
              <Table.Th>When</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {approvals.data.map((a) => (
              <Table.Tr key={a.approver}>
                <Table.Td>{a.approver ? personName(a.approver) : '—'}</Table.Td>
                <Table.Td>{a.roles.map(groupLabel).join(', ')}</Table.Td>
                <Table.Td>
                  {a.decision ? (
                    <>
                      <Badge
                        color={isDecision(a.decision) ? DECISION_COLORS[a.decision] : 'gray'}
                        variant="light"
                      >
                        {a.decision}
                      </Badge>
                      {a.delivery === 'NOT_NEEDED' && (
                        <Text size="xs" c="dimmed">
                          Not needed: {a.deliveryNote ?? 'the vote had closed'}
                        </Text>
                      )}
                    </>
                  ) : (
                    <Text size="sm" c="dimmed">
                      pending
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{a.comment ?? '—'}</Table.Td>
                <Table.Td>{when(a.at)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
