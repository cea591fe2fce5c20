import {
  Anchor,
  Badge,
  Group,
  List,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { Link, useSearchParams } from 'react-router';

import { CsvDownload } from '@/components/data-list/csv-download';
import { ScrollTable } from '@/components/data-list/scroll-table';
import { EmptyState } from '@/components/ui/empty-state';
import { PersonName } from '@/components/ui/person-name';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';
import { dayOrEmpty } from '@/lib/day-period';
import { isRole, ROLE_LABELS } from '@/lib/roles';
import { formatDateTime } from '@/lib/time-zone';

import {
  useWhatChanged,
  whatChangedCsvHref,
  type Period,
  type WhatChangedApproval,
  type WhatChangedChange,
  type WhatChangedRelease,
} from './get-what-changed';

const OUTCOMES: Record<string, { label: string; color: string }> = {
  IMPLEMENTED: { label: 'Implemented', color: 'teal' },
  CLOSED: { label: 'Rolled out', color: 'teal' },
  BACKED_OUT: { label: 'Backed out', color: 'red' },
  FAILED: { label: 'Failed', color: 'red' },
  REJECTED: { label: 'Rejected', color: 'gray' },
};

const TASKS: Record<string, string> = {
  REVIEW_RFC: 'review',
  CAB_VOTE: 'CAB vote',
  ECAB_APPROVAL: 'ECAB approval',
  DECIDE_ESCALATED: 'escalation',
  ACCEPT_RELEASE: 'release acceptance',
  REVIEW_ROLLOUT_PLAN: 'rollout plan review',
  START_ROLLOUT: 'rollout start',
  GO_NO_GO: 'go / no-go',
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** The last seven days (UTC), today included. */
function lastWeek(now = new Date()): Period {
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return { from: day(new Date(now.getTime() - 6 * DAY_MS)), to: day(now) };
}

function roleLabel(role: string | null | undefined): string | null {
  if (!role) return null;
  return role
    .split(', ')
    .map((one) => (isRole(one) ? ROLE_LABELS[one] : one))
    .join(', ');
}

function Outcome({ outcome, detail }: { outcome: string; detail?: string | null }) {
  const known = OUTCOMES[outcome] ?? { label: outcome, color: 'gray' };
  return (
    <Stack gap={2}>
      <Badge color={known.color} variant="light">
        {known.label}
      </Badge>
      {detail && <Text size="xs">{detail}</Text>}
    </Stack>
  );
}

function Approvals({
  approvals,
  none,
}: {
  approvals: readonly WhatChangedApproval[];
  none: string;
}) {
  if (approvals.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {none}
      </Text>
    );
  }
  return (
    <List size="sm" spacing={2}>
      {approvals.map((approval, index) => (
        <List.Item key={`${approval.approver}-${approval.task}-${index}`}>
          <Text span size="sm" fw={500}>
            <PersonName username={approval.approver} />
          </Text>
          {roleLabel(approval.role) && ` (${roleLabel(approval.role)})`}
          {`: ${approval.decision ?? 'decided'} on ${TASKS[approval.task] ?? approval.task}, `}
          {formatDateTime(approval.at)}
          {approval.comment && (
            <Text span size="xs" c="dimmed">
              {` “${approval.comment}”`}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}

function KeyLink({ href, label }: { href: string; label: string }) {
  return (
    <Anchor component={Link} to={href} fw={600} size="sm" style={{ whiteSpace: 'nowrap' }}>
      {label}
    </Anchor>
  );
}

function ChangesTable({ changes }: { changes: readonly WhatChangedChange[] }) {
  return (
    <ScrollTable label="Changes implemented in the period" minWidth={1100}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Change</Table.Th>
          <Table.Th>Outcome</Table.Th>
          <Table.Th>Implemented</Table.Th>
          <Table.Th>Configuration items</Table.Th>
          <Table.Th>Approved by</Table.Th>
          <Table.Th>Release</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changes.map((change) => (
          <Table.Tr key={change.key} aria-label={change.key}>
            <Table.Td>
              <KeyLink href={paths.change.getHref(change.key)} label={change.key} />
              <Text size="sm">{change.title}</Text>
            </Table.Td>
            <Table.Td maw={280}>
              <Outcome outcome={change.outcome} detail={change.outcomeDetail} />
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {formatDateTime(change.implementedAt)}
            </Table.Td>
            <Table.Td>
              {change.cis.map((ci) => (
                <Text key={ci.key} size="sm">
                  {ci.name ? `${ci.name} (${ci.key})` : ci.key}
                </Text>
              ))}
            </Table.Td>
            <Table.Td>
              <Approvals
                approvals={change.approvals}
                none={
                  change.changeClass === 'STANDARD'
                    ? 'Pre-approved (standard change)'
                    : 'No approvals recorded'
                }
              />
            </Table.Td>
            <Table.Td>
              {change.releases.length === 0 ? (
                <Text size="sm" c="dimmed">
                  None
                </Text>
              ) : (
                change.releases.map((key) => (
                  <KeyLink key={key} href={paths.release.getHref(key)} label={key} />
                ))
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

function ReleasesTable({ releases }: { releases: readonly WhatChangedRelease[] }) {
  return (
    <ScrollTable label="Releases that ended in the period" minWidth={1100}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Release</Table.Th>
          <Table.Th>Outcome</Table.Th>
          <Table.Th>Ended</Table.Th>
          <Table.Th>Changes</Table.Th>
          <Table.Th>Approved by</Table.Th>
          <Table.Th>Waves</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {releases.map((release) => (
          <Table.Tr key={release.key} aria-label={release.key}>
            <Table.Td>
              <KeyLink href={paths.release.getHref(release.key)} label={release.key} />
              <Text size="sm">{release.name}</Text>
            </Table.Td>
            <Table.Td maw={280}>
              <Outcome outcome={release.outcome} detail={release.outcomeDetail} />
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(release.endedAt)}</Table.Td>
            <Table.Td>
              {release.changes.map((key) => (
                <div key={key}>
                  <KeyLink href={paths.change.getHref(key)} label={key} />
                </div>
              ))}
            </Table.Td>
            <Table.Td>
              <Approvals approvals={release.approvals} none="No approvals recorded" />
            </Table.Td>
            <Table.Td>
              {release.waves.map((wave) => (
                <Text key={wave} size="xs">
                  {wave}
                </Text>
              ))}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

/**
 * "What changed?": every change and release implemented, backed out or failed between two days,
 * with the configuration items, who approved it (role and time) and how it ended.
 */
export function WhatChangedPage() {
  const [search, setSearch] = useSearchParams();
  const fallback = lastWeek();
  const period: Period = {
    from: dayOrEmpty(search.get('from')) || fallback.from,
    to: dayOrEmpty(search.get('to')) || fallback.to,
  };
  const report = useWhatChanged(period);
  const setPeriod = (patch: Partial<Period>) => {
    const next = { ...period, ...patch };
    if (next.from && next.to) setSearch(new URLSearchParams(next), { replace: true });
  };

  return (
    <Stack>
      <Anchor component={Link} to={paths.audit.getHref()} size="sm">
        ← Audit
      </Anchor>
      <Stack gap={0}>
        <Title order={2}>What changed?</Title>
        <Text size="sm" c="dimmed">
          Every change and release implemented, backed out or failed in the period (days in UTC,
          both included): what it touched, who approved it and how it ended.
        </Text>
      </Stack>
      <Group align="flex-end" gap="sm" role="search" aria-label="Period">
        <TextInput
          label="From"
          type="date"
          value={period.from}
          max={period.to}
          onChange={(event) => setPeriod({ from: event.currentTarget.value })}
          w={160}
        />
        <TextInput
          label="To"
          type="date"
          value={period.to}
          min={period.from}
          onChange={(event) => setPeriod({ to: event.currentTarget.value })}
          w={160}
        />
        <CsvDownload href={whatChangedCsvHref(period)} />
      </Group>
      {report.isPending ? (
        <Skeleton height={200} aria-label="Loading what changed" />
      ) : report.isError ? (
        <ProblemAlert title="Could not load what changed" error={report.error} />
      ) : report.data.changes.length === 0 && report.data.releases.length === 0 ? (
        <EmptyState
          title="Nothing changed in this period"
          description="No change or release was implemented, backed out or failed. Try a longer period."
        />
      ) : (
        <>
          <Title order={3} size="h4">
            Changes ({report.data.changes.length})
          </Title>
          {report.data.changes.length === 0 ? (
            <Text size="sm" c="dimmed">
              No change was implemented in this period.
            </Text>
          ) : (
            <ChangesTable changes={report.data.changes} />
          )}
          <Title order={3} size="h4">
            Releases ({report.data.releases.length})
          </Title>
          {report.data.releases.length === 0 ? (
            <Text size="sm" c="dimmed">
              No release ended in this period.
            </Text>
          ) : (
            <ReleasesTable releases={report.data.releases} />
          )}
        </>
      )}
    </Stack>
  );
}
