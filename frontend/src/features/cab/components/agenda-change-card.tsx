import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { isRole, ROLE_LABELS } from '@/lib/roles';
import { browserTimeZone, formatInZone, formatWindow } from '@/lib/time-zone';

import type { AgendaChange, Decision } from '../api/get-agenda';

import { AgendaImpact } from './agenda-impact';
import { usePersonName } from '@/hooks/use-person-name';

// A decision this UI does not know yet shows in grey.
const DECISION_COLORS: Partial<Record<string, string>> & Record<Decision, string> = {
  approve: 'green',
  reject: 'red',
  abstain: 'gray',
};

const RISK_COLORS: Record<string, string> = { LOW: 'green', MEDIUM: 'yellow', HIGH: 'red' };

const roleLabel = (role: string) => (isRole(role) ? ROLE_LABELS[role] : role);

function Tally({ tally }: { tally: AgendaChange['tally'] }) {
  return (
    <Group gap={6} aria-label="Tally">
      <Badge color="green" variant="light">
        {tally.approve} approve
      </Badge>
      <Badge color="red" variant="light">
        {tally.reject} reject
      </Badge>
      <Badge color="gray" variant="light">
        {tally.abstain} abstain
      </Badge>
      <Badge color="blue" variant="outline">
        {tally.pending} pending
      </Badge>
    </Group>
  );
}

function Quorum({ change }: { change: AgendaChange }) {
  return (
    <Group gap={6} aria-label="Quorum">
      {change.quorum.map((q) => (
        <Badge
          key={q.role}
          color={q.reached ? 'green' : 'gray'}
          variant={q.reached ? 'filled' : 'outline'}
          tt="none"
        >
          {roleLabel(q.role)}: {q.approvals}/{q.needed} {q.reached ? '✓ reached' : 'not reached'}
        </Badge>
      ))}
      {change.quorum.length === 0 && (
        <Text size="sm" c="dimmed">
          No quorum rule
        </Text>
      )}
    </Group>
  );
}

function Votes({ votes }: { votes: AgendaChange['votes'] }) {
  const personName = usePersonName();
  if (votes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nobody has been asked to vote yet.
      </Text>
    );
  }
  const zone = browserTimeZone();
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Approver</Table.Th>
            <Table.Th>Decision</Table.Th>
            <Table.Th>Comment</Table.Th>
            <Table.Th visibleFrom="md">When</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {votes.map((vote) => (
            <Table.Tr key={vote.approver}>
              <Table.Td>
                {personName(vote.approver)}
                <Text size="xs" c="dimmed">
                  {vote.roles.map(roleLabel).join(', ')}
                </Text>
              </Table.Td>
              <Table.Td>
                {vote.decision ? (
                  <Badge color={DECISION_COLORS[vote.decision] ?? 'gray'} variant="light">
                    {vote.decision}
                  </Badge>
                ) : (
                  <Text size="sm" c="dimmed">
                    pending
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{vote.comment ?? '—'}</Table.Td>
              <Table.Td visibleFrom="md">{vote.at ? formatInZone(vote.at, zone) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** One change on the agenda: what it is, when, and where the vote stands. */
export function AgendaChangeCard({ change }: { change: AgendaChange }) {
  const personName = usePersonName();
  const zone = browserTimeZone();
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={`agenda-${change.key}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2}>
            <Anchor component={Link} to={paths.change.getHref(change.key)} fw={700} size="sm">
              {change.key}
            </Anchor>
            <Title order={4} id={`agenda-${change.key}`}>
              {change.title}
            </Title>
          </Stack>
          <Group gap={6}>
            {change.vetoed && (
              <Badge color="red" variant="filled">
                Vetoed
              </Badge>
            )}
            {change.quorumReached && !change.vetoed && (
              <Badge color="green" variant="filled">
                Quorum reached
              </Badge>
            )}
            {change.priority && <Badge variant="outline">{change.priority}</Badge>}
            {change.risk && (
              <Badge color={RISK_COLORS[change.risk] ?? 'gray'} variant="light">
                {change.risk.toLowerCase()} risk
              </Badge>
            )}
          </Group>
        </Group>
        <Group gap="xl">
          <Text size="sm">
            <Text span c="dimmed" size="sm">
              Planned{' '}
            </Text>
            {change.plannedStart || change.plannedEnd
              ? formatWindow(change.plannedStart, change.plannedEnd, zone)
              : 'not scheduled'}
          </Text>
          {change.requester && (
            <Text size="sm">
              <Text span c="dimmed" size="sm">
                Requested by{' '}
              </Text>
              {personName(change.requester)}
            </Text>
          )}
          {change.cabDeadline && (
            <Text size="sm">
              <Text span c="dimmed" size="sm">
                Vote by{' '}
              </Text>
              {formatInZone(change.cabDeadline, zone)}
            </Text>
          )}
        </Group>
        <Tally tally={change.tally} />
        <Quorum change={change} />
        <Votes votes={change.votes} />
        <AgendaImpact changeKey={change.key} />
      </Stack>
    </Paper>
  );
}
