import {
  Anchor,
  Badge,
  Button,
  Group,
  Image,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { usePersonName } from '@/hooks/use-person-name';
import { groupLabel } from '@/lib/roles';
import { formatDateTime, formatWindow } from '@/lib/time-zone';

import type { ChangeEvidence } from '../api/get-change-evidence';
import { evidenceFiles, spoken, valueText } from '../utils/evidence';

const when = formatDateTime;

/** Everything an auditor needs about one change, section by section, with its downloads. */
export function ChangeEvidenceView({ evidence }: { evidence: ChangeEvidence }) {
  const { change } = evidence;
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Text c="dimmed" size="sm">
            Evidence of {change.key}
          </Text>
          <Title order={2}>{change.title}</Title>
        </Stack>
        <Group gap="xs">
          <Button component="a" href={evidenceFiles.zip(change.key)} download>
            Download evidence ZIP
          </Button>
          <Button
            component="a"
            href={evidenceFiles.report(change.key)}
            target="_blank"
            rel="noopener"
            variant="default"
          >
            Printable report
          </Button>
        </Group>
      </Group>
      <RfcSection evidence={evidence} />
      <ClassificationSection evidence={evidence} />
      <VotesSection evidence={evidence} />
      <ScheduleSection evidence={evidence} />
      <ReleasesSection evidence={evidence} />
      <PirSection evidence={evidence} />
      <PathSection evidence={evidence} />
      <EventsSection evidence={evidence} />
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={3} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Facts({ facts }: { facts: readonly [string, ReactNode][] }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing={6}>
      {facts.map(([label, value]) => (
        <div key={label}>
          <Text size="xs" c="dimmed">
            {label}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {value === null || value === undefined || value === '' ? '—' : value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  );
}

function Rows({
  label,
  headers,
  rows,
  minWidth = 640,
}: {
  label: string;
  headers: readonly string[];
  rows: readonly { key: string; cells: readonly ReactNode[] }[];
  minWidth?: number;
}) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {headers.map((header) => (
              <Table.Th key={header}>{header}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              {row.cells.map((cell, i) => (
                <Table.Td key={headers[i]}>{cell ?? '—'}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function RfcSection({ evidence: { change } }: { evidence: ChangeEvidence }) {
  const personName = usePersonName();
  return (
    <Section title="Request for change">
      <Facts
        facts={[
          ['State', spoken(change.state)],
          ['Requester', personName(change.requester)],
          ['Implementer', change.implementer ? personName(change.implementer) : null],
          ['Submitted', when(change.submittedAt)],
          [
            'Configuration items',
            change.cis.length > 0
              ? change.cis.map((ci) => `${ci.name} (${ci.key})`).join(', ')
              : change.affectedCis.join(', '),
          ],
          ['Impact / urgency', `${change.impact ?? '—'} / ${change.urgency ?? '—'}`],
          ['Description', change.description],
          ['Justification', change.justification],
          ['Implementation plan', change.implementationPlan],
          ['Test plan', change.testPlan],
          ['Backout plan', change.backoutPlan],
          ['Close reason', change.closeReason],
        ]}
      />
    </Section>
  );
}

function ClassificationSection({ evidence }: { evidence: ChangeEvidence }) {
  const classification = evidence.classification;
  if (!classification) {
    return (
      <Section title="Classification">
        <Empty>Not classified yet.</Empty>
      </Section>
    );
  }
  const entries = (values: Record<string, unknown> | null | undefined) =>
    Object.entries(values ?? {}).map(([name, value]) => ({
      key: name,
      cells: [name, valueText(value)],
    }));
  return (
    <Section title="Classification">
      <Stack gap="sm">
        <Facts
          facts={[
            [
              'Decision',
              `${classification.decisionId ?? '—'} version ${classification.decisionVersion ?? '—'}`,
            ],
            ['Classified', when(classification.at)],
            ['Class', classification.changeClass],
            ['Risk', classification.risk],
            ['Priority', classification.priority],
          ]}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Rows
            label="Decision inputs"
            headers={['Input', 'Value']}
            rows={entries(classification.inputs)}
            minWidth={280}
          />
          <Rows
            label="Decision outputs"
            headers={['Output', 'Value']}
            rows={entries(classification.outputs)}
            minWidth={280}
          />
        </SimpleGrid>
      </Stack>
    </Section>
  );
}

const DECISION_COLORS: Record<string, string> = { approve: 'green', reject: 'red' };

function VotesSection({ evidence }: { evidence: ChangeEvidence }) {
  const personName = usePersonName();
  const round = evidence.cabRound;
  return (
    <Section title="Approvals">
      <Stack gap="sm">
        {round && (
          <Text size="sm">
            CAB round from {when(round.startedAt)}, deadline {when(round.deadline)}; quorum:{' '}
            {round.requiredRoles
              .map((required) => `${groupLabel(required.role)} ${required.quorum}`)
              .join(', ')}
            .
          </Text>
        )}
        {evidence.votes.length === 0 ? (
          <Empty>Nobody was asked to approve this change.</Empty>
        ) : (
          <Rows
            label="Votes"
            headers={['Approver', 'Kind', 'Roles', 'Decision', 'Comment', 'When']}
            rows={evidence.votes.map((vote, i) => ({
              key: `${vote.approver ?? 'open'}-${i}`,
              cells: [
                vote.approverName ?? (vote.approver ? personName(vote.approver) : 'Not taken yet'),
                spoken(vote.kind),
                vote.roles.map(groupLabel).join(', '),
                vote.decision ? (
                  <Badge color={DECISION_COLORS[vote.decision] ?? 'gray'} variant="light">
                    {vote.decision}
                  </Badge>
                ) : (
                  spoken(vote.state)
                ),
                vote.comment,
                when(vote.at),
              ],
            }))}
          />
        )}
      </Stack>
    </Section>
  );
}

function ScheduleSection({ evidence }: { evidence: ChangeEvidence }) {
  const { schedule } = evidence;
  const personName = usePersonName();
  return (
    <Section title="Schedule">
      <Stack gap="sm">
        <Text size="sm">
          Planned window:{' '}
          {schedule.plannedStart
            ? formatWindow(schedule.plannedStart, schedule.plannedEnd, schedule.timeZone ?? 'UTC')
            : 'not planned'}
          {schedule.timeZone ? ` (${schedule.timeZone})` : ''}
        </Text>
        {schedule.steps.length === 0 ? (
          <Empty>No schedule checks, conflicts or reschedulings recorded.</Empty>
        ) : (
          <Rows
            label="Scheduling"
            headers={['When', 'Step', 'Who', 'Outcome', 'Detail']}
            rows={schedule.steps.map((step, i) => ({
              key: `${step.at}-${i}`,
              cells: [
                when(step.at),
                step.stepName,
                step.actor ? personName(step.actor) : 'System',
                step.outcome,
                step.detail,
              ],
            }))}
          />
        )}
      </Stack>
    </Section>
  );
}

function ReleasesSection({ evidence }: { evidence: ChangeEvidence }) {
  return (
    <Section title="Release and rollout">
      {evidence.releases.length === 0 ? (
        <Empty>No release has bundled this change.</Empty>
      ) : (
        <Stack>
          {evidence.releases.map((release) => (
            <Stack key={release.key} gap="xs">
              <Group gap="xs">
                <Anchor component={Link} to={paths.release.getHref(release.key)} fw={600}>
                  {release.key}
                </Anchor>
                <Text>{release.name}</Text>
                <Badge variant="light">{spoken(release.state)}</Badge>
              </Group>
              {release.testsPassed !== null && release.testsPassed !== undefined && (
                <Text size="sm">
                  Tests: {release.testsPassed} passed, {release.testsFailed ?? 0} failed
                </Text>
              )}
              <Rows
                label={`Waves of ${release.key}`}
                headers={[
                  'Wave',
                  'Environment',
                  'Result',
                  'Deployed',
                  'Verified',
                  'Backed out',
                  'Reason',
                ]}
                rows={release.waves.map((wave) => ({
                  key: wave.wave,
                  cells: [
                    `${wave.wave} (${wave.percent} %)`,
                    wave.environment,
                    spoken(wave.state),
                    when(wave.deployedAt),
                    when(wave.verifiedAt),
                    when(wave.backedOutAt),
                    wave.failureReason,
                  ],
                }))}
              />
              {release.failures.length > 0 && (
                <List size="sm" aria-label={`Failures of ${release.key}`}>
                  {release.failures.map((failure, i) => (
                    <List.Item key={`${failure.action}-${failure.wave ?? ''}-${i}`}>
                      {spoken(failure.action)} failed
                      {failure.wave ? ` in wave ${failure.wave}` : ''} at {when(failure.at)}:{' '}
                      {failure.reason}
                    </List.Item>
                  ))}
                </List>
              )}
            </Stack>
          ))}
        </Stack>
      )}
    </Section>
  );
}

function PirSection({ evidence }: { evidence: ChangeEvidence }) {
  const { pir } = evidence;
  return (
    <Section title="Post-implementation review">
      {pir ? (
        <Facts
          facts={[
            ['Outcome', pir.outcome ? spoken(pir.outcome) : spoken(pir.state)],
            ['Reviewer', pir.reviewerName ?? pir.reviewer],
            ['Comment', pir.comment],
            ['Lessons', pir.lessons],
            ['When', when(pir.at)],
          ]}
        />
      ) : (
        <Empty>No review yet.</Empty>
      )}
    </Section>
  );
}

function PathSection({ evidence }: { evidence: ChangeEvidence }) {
  const personName = usePersonName();
  const key = evidence.change.key;
  return (
    <Section title="Process path">
      <Stack gap="sm">
        {/* Scrolls sideways on narrow screens: a named region keyboard users can reach. */}
        <Paper
          withBorder
          p="xs"
          style={{ overflowX: 'auto' }}
          tabIndex={0}
          role="region"
          aria-label="Process diagram"
        >
          {/* Drawn by the server, shown as an image: the same picture the ZIP and report hold. */}
          <Image
            src={evidenceFiles.pathSvg(key)}
            alt={`The change process with the path of ${key} marked`}
            miw={1200}
          />
        </Paper>
        {evidence.path.length === 0 ? (
          <Empty>No steps recorded yet.</Empty>
        ) : (
          <List type="ordered" size="sm" aria-label="Steps taken">
            {evidence.path.map((step, i) => (
              <List.Item key={`${step.elementId}-${i}`}>
                {step.name} — {when(step.at)}
                {step.actor ? `, ${personName(step.actor)}` : ''}
                {step.outcome ? ` (${spoken(step.outcome)})` : ''}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Section>
  );
}

function EventsSection({ evidence }: { evidence: ChangeEvidence }) {
  const personName = usePersonName();
  return (
    <Section title="Audit events">
      {evidence.events.length === 0 ? (
        <Empty>No audit events recorded for this change.</Empty>
      ) : (
        <Rows
          label="Audit events"
          headers={['#', 'When', 'Who', 'Action', 'Hash']}
          rows={evidence.events.map((event) => ({
            key: String(event.seq),
            cells: [
              event.seq,
              when(event.at),
              event.actorKind === 'PERSON' ? personName(event.actor) : event.actor,
              event.action,
              <Text key="hash" size="xs" ff="monospace" title={event.hash}>
                {event.hash.slice(0, 12)}…
              </Text>,
            ],
          }))}
        />
      )}
    </Section>
  );
}
