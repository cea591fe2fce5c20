import { Alert, Anchor, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';

import { DataTableSkeleton } from '@/components/data-list/data-table';
import { LoadMore } from '@/components/data-list/load-more';
import { EmptyState } from '@/components/ui/empty-state';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { paths } from '@/config/paths';
import { usePersonName } from '@/hooks/use-person-name';
import { formatDateTime } from '@/lib/time-zone';

import { useAuditEvents, type AuditEventView } from '../api/get-audit-events';
import { useTakeCheckpoint, useVerifyChain, verificationSentence } from '../api/verify-chain';
import {
  eventFiltersFromSearch,
  eventFiltersToSearch,
  eventsCsvHref,
  isFiltered,
  NO_EVENT_FILTERS,
  periodZipHref,
  type EventFilters,
} from '../utils/event-filters';

const COLUMNS = ['When', 'Who', 'Action', 'Subject', 'CIs', '#'] as const;

/** The auditor's event search: filters in the URL, newest first, CSV, chain verification. */
export function AuditEvents({ canCheckpoint = false }: { canCheckpoint?: boolean }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = eventFiltersFromSearch(searchParams);
  const events = useAuditEvents(filters);
  const rows = events.data?.pages.flatMap((page) => page.items) ?? [];
  const zip = periodZipHref(filters);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>Audit events</Title>
        <Group gap="xs">
          <Button component="a" href={eventsCsvHref(filters)} download variant="default">
            Download CSV
          </Button>
          {zip && (
            <Button component="a" href={zip} download variant="default">
              Download period evidence ZIP
            </Button>
          )}
        </Group>
      </Group>
      <EventFiltersForm
        // A new URL (Back, a link) starts the form over from it.
        key={searchParams.toString()}
        filters={filters}
        onSearch={(next) => setSearchParams(eventFiltersToSearch(next), { replace: true })}
      />
      <VerifyChain canCheckpoint={canCheckpoint} />
      {events.isPending ? (
        <DataTableSkeleton
          label="Audit events"
          columns={COLUMNS.map((header) => ({ header, cell: () => null }))}
        />
      ) : events.isError ? (
        <ProblemAlert title="Could not load the events" error={events.error} />
      ) : rows.length === 0 ? (
        <EmptyState
          title={isFiltered(filters) ? 'No events match' : 'No events yet'}
          description={
            isFiltered(filters)
              ? 'Try fewer filters or a longer period.'
              : 'Every change, vote, task and admin edit will be recorded here.'
          }
        />
      ) : (
        <>
          <EventsTable rows={rows} />
          <LoadMore
            hasNextPage={events.hasNextPage}
            isFetchingNextPage={events.isFetchingNextPage}
            onLoadMore={() => void events.fetchNextPage()}
            count={rows.length}
            noun={{ one: 'event', other: 'events' }}
          />
        </>
      )}
    </Stack>
  );
}

function EventFiltersForm({
  filters,
  onSearch,
}: {
  filters: EventFilters;
  onSearch: (filters: EventFilters) => void;
}) {
  const [draft, setDraft] = useState(filters);
  const field = (name: keyof EventFilters) => ({
    value: draft[name],
    onChange: (event: { currentTarget: { value: string } }) =>
      setDraft({ ...draft, [name]: event.currentTarget.value }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(draft);
  };
  return (
    <form onSubmit={submit} role="search" aria-label="Filter events">
      <Group align="flex-end" gap="sm">
        <TextInput label="Subject" placeholder="CHG-000042" w={150} {...field('subject')} />
        <TextInput label="CI" placeholder="CI-00003" w={130} {...field('ci')} />
        <TextInput label="Actor" placeholder="cab1" w={130} {...field('actor')} />
        <TextInput label="Action" placeholder="VoteCast" w={160} {...field('action')} />
        <TextInput label="From" type="date" w={160} {...field('from')} />
        <TextInput label="To" type="date" w={160} {...field('to')} />
        <Button type="submit">Search</Button>
        {isFiltered(filters) && (
          <Button variant="subtle" onClick={() => onSearch(NO_EVENT_FILTERS)}>
            Clear
          </Button>
        )}
      </Group>
    </form>
  );
}

function VerifyChain({ canCheckpoint }: { canCheckpoint: boolean }) {
  const verify = useVerifyChain();
  const checkpoint = useTakeCheckpoint();
  return (
    <Stack gap="xs">
      <Group>
        <Button variant="light" onClick={() => verify.mutate()} loading={verify.isPending}>
          Verify chain
        </Button>
        {canCheckpoint && (
          <Button
            variant="default"
            onClick={() => checkpoint.mutate()}
            loading={checkpoint.isPending}
          >
            Take checkpoint
          </Button>
        )}
      </Group>
      {verify.isError && <ProblemAlert title="Could not verify the chain" error={verify.error} />}
      {checkpoint.isError && (
        <ProblemAlert title="Could not take a checkpoint" error={checkpoint.error} />
      )}
      {checkpoint.data && (
        <Alert color="green" variant="light" title="Checkpoint taken">
          {`Verified up to row #${checkpoint.data.seq}; verification now starts there.`}
        </Alert>
      )}
      {verify.data && (
        <Alert
          color={verify.data.intact ? 'green' : 'red'}
          variant="light"
          title={verify.data.intact ? 'Intact' : 'Broken'}
        >
          {verificationSentence(verify.data)}
        </Alert>
      )}
    </Stack>
  );
}

function subjectHref(event: AuditEventView): string | null {
  if (event.subjectType === 'CHANGE') return paths.changeEvidence.getHref(event.subjectKey);
  if (event.subjectType === 'RELEASE') return paths.release.getHref(event.subjectKey);
  return null;
}

function EventsTable({ rows }: { rows: readonly AuditEventView[] }) {
  const personName = usePersonName();
  return (
    <Table.ScrollContainer minWidth={900} maxHeight="70vh">
      <Table stickyHeader aria-label="Audit events">
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((header) => (
              <Table.Th key={header}>{header}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((event) => {
            const href = subjectHref(event);
            return (
              <Table.Tr key={event.seq}>
                <Table.Td>{formatDateTime(event.at)}</Table.Td>
                <Table.Td>
                  {event.actorKind === 'PERSON' ? personName(event.actor) : event.actor}
                </Table.Td>
                <Table.Td>{event.action}</Table.Td>
                <Table.Td>
                  {href ? (
                    <Anchor component={Link} to={href} size="sm">
                      {event.subjectKey}
                    </Anchor>
                  ) : (
                    <Text size="sm">
                      {event.subjectType.toLowerCase()} {event.subjectKey}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{event.cis.join(', ') || '—'}</Table.Td>
                <Table.Td>
                  <Text size="xs" ff="monospace" title={event.hash}>
                    {event.seq}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
